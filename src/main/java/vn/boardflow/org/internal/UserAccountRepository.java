package vn.boardflow.org.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    @Query("select u from UserAccount u where u.searchText like concat('%', :folded, '%')")
    List<UserAccount> search(String folded, Pageable page);

    @Query("select count(u) from UserAccount u where u.searchText like concat('%', :folded, '%')")
    long countMatching(String folded);
}
