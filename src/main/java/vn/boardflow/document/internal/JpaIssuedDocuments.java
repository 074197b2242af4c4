package vn.boardflow.document.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.TextFolding;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class JpaIssuedDocuments implements IssuedDocuments {

    private final IssuedDocumentRepository documents;
    private final IncomingDocumentRepository incoming;
    private final IssuingBodyRepository bodies;
    private final ReadableDocuments readable;
    private final DocumentRendering rendering;
    private final EntityManager entityManager;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Organisation organisation;
    private final Clock clock;

    JpaIssuedDocuments(IssuedDocumentRepository documents, IncomingDocumentRepository incoming,
                       IssuingBodyRepository bodies, ReadableDocuments readable, DocumentRendering rendering,
                       EntityManager entityManager, AccessPolicy access, CurrentUser currentUser,
                       Organisation organisation, Clock clock) {
        this.documents = documents;
        this.incoming = incoming;
        this.bodies = bodies;
        this.readable = readable;
        this.rendering = rendering;
        this.entityManager = entityManager;
        this.access = access;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocumentView> find(long id) {
        return documents.findById(id).filter(readable::mayRead).map(IssuedDocument::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocumentView> amendmentsOf(long documentId) {
        readable.readable(documentId);
        return documents.findByAmendsIdOrderByIssuedAtAscIdAsc(documentId).stream().filter(readable::mayRead)
                .map(IssuedDocument::view).toList();
    }

    @Override
    public DocumentFile download(long id) {
        IssuedDocument document = readable.readable(id);
        if (!document.isRendered()) {
            rendering.render(id);
            entityManager.refresh(document);
        }
        markReadFor(document);
        return new DocumentFile(document.fileName(), document.content(), document.sha256Hex());
    }

    @Override
    public void markRead(long documentId) {
        markReadFor(readable.readable(documentId));
    }

    private void markReadFor(IssuedDocument document) {
        Set<UnitId> own = access.ownUnits();
        String username = currentUser.actor().username();
        incoming.findByDocumentIdOrderByUnitId(document.id()).stream()
                .filter(entry -> own.contains(entry.unitId()))
                .forEach(entry -> entry.markRead(username, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReadReceipt> readReceipts(long documentId) {
        IssuedDocument document = readable.readable(documentId);
        access.requireActsIn(readable.unitOfBody(document));
        OrgChart names = organisation.on(LocalDate.now(clock), true);
        return incoming.findByDocumentIdOrderByUnitId(documentId).stream()
                .map(entry -> new ReadReceipt(entry.unitId(), names.nameOf(entry.unitId()), entry.readAt(), entry.readBy()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocumentView> search(DocumentFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<IssuedDocument> query = cb.createQuery(IssuedDocument.class);
        Root<IssuedDocument> document = query.from(IssuedDocument.class);
        // the latest issued first, whatever their date: a document back-dated into an earlier year is found at once
        query.where(matching(filter, cb, document))
                .orderBy(cb.desc(document.get("issuedAt")), cb.desc(document.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(IssuedDocument::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(DocumentFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<IssuedDocument> document = query.from(IssuedDocument.class);
        query.select(cb.count(document)).where(matching(filter, cb, document));
        return Math.toIntExact(entityManager.createQuery(query).getSingleResult());
    }

    /** The issued list shows the documents of the bodies whose unit the user reaches. */
    private Predicate[] matching(DocumentFilter filter, CriteriaBuilder cb, Root<IssuedDocument> document) {
        List<Long> readableBodies = bodies.findAll().stream().filter(body -> access.canActIn(body.unitId()))
                .map(IssuingBody::id).toList();
        List<Predicate> where = new ArrayList<>();
        where.add(readableBodies.isEmpty() ? cb.disjunction() : registered(document, "issuingBodyId").in(readableBodies));
        if (filter.issuingBodyId() != null) {
            where.add(cb.equal(registered(document, "issuingBodyId"), filter.issuingBodyId().value()));
        }
        if (filter.year() != null) {
            where.add(cb.between(registered(document, "issuedOn"), LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.type() != null) {
            where.add(cb.equal(registered(document, "type"), filter.type()));
        }
        for (String word : TextFolding.words(filter.text())) {
            where.add(cb.like(registered(document, "searchText"), "%" + word + "%"));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The document's own columns are its file; what it is (number, date, summary) is its register entry's. */
    private static <T> Path<T> registered(Root<IssuedDocument> document, String attribute) {
        return document.get("entry").get(attribute);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomingDocumentView> incoming(boolean unreadOnly, int offset, int limit) {
        Set<UnitId> own = access.ownUnits();
        if (own.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        List<IncomingDocument> entries = incoming.findFor(UnitId.valuesOf(own), unreadOnly, PageRequest.of(offset / size, size));
        Map<Long, IssuedDocument> byId = documents.findAllById(entries.stream().map(IncomingDocument::documentId)
                .distinct().toList()).stream().collect(Collectors.toMap(IssuedDocument::id, Function.identity()));
        Map<Long, String> bodyNames = bodies.findAll().stream()
                .collect(Collectors.toMap(IssuingBody::id, body -> body.view().nameOnOneLine()));
        OrgChart names = organisation.on(LocalDate.now(clock), true);
        return entries.stream().map(entry -> {
            IssuedDocumentView document = byId.get(entry.documentId()).view();
            return new IncomingDocumentView(document.id(), entry.unitId(), names.nameOf(entry.unitId()),
                    document.symbol(), document.summary(), document.issuedOn(), bodyNames.get(document.issuingBodyId().value()),
                    entry.receivedAt(), entry.readAt());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int countIncoming(boolean unreadOnly) {
        Set<UnitId> own = access.ownUnits();
        return own.isEmpty() ? 0 : Math.toIntExact(incoming.countFor(UnitId.valuesOf(own), unreadOnly));
    }
}
