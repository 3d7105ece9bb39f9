package it.zonale.plandocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on comments, always those of one version. */
@ApplicationScoped
class DocumentCommentRepository implements PanacheRepositoryBase<DocumentCommentEntity, UUID> {

  public List<DocumentCommentEntity> pageOf(
      UUID versionId, String chapterKey, int limit, int offset) {
    Sort sort = Sort.ascending("createdAt").and("id");
    var query =
        chapterKey == null
            ? find("versionId", sort, versionId)
            : find("versionId = ?1 and chapterKey = ?2", sort, versionId, chapterKey);
    return query.range(offset, offset + limit - 1).list();
  }

  public long countOf(UUID versionId, String chapterKey) {
    return chapterKey == null
        ? count("versionId", versionId)
        : count("versionId = ?1 and chapterKey = ?2", versionId, chapterKey);
  }
}
