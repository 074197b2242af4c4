package vn.boardflow.emulation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.boardflow.emulation.internal.EmulationFile.Owner;

interface EmulationFileRepository extends JpaRepository<EmulationFile, Long> {

    /** The owners' files without their bytes, by tag and then as attached. */
    @Query("""
            select new vn.boardflow.emulation.internal.ListedFile(f.id, f.ownerId, f.tag, f.fileName, f.contentType,
                f.size)
            from EmulationFile f where f.owner = :owner and f.ownerId in :ownerIds order by f.tag, f.id""")
    List<ListedFile> listed(Owner owner, Collection<Long> ownerIds);

    @Modifying
    @Query("delete from EmulationFile f where f.owner = :owner and f.ownerId = :ownerId")
    void deleteOf(Owner owner, long ownerId);
}
