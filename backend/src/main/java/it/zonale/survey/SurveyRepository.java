package it.zonale.survey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Queries on needs surveys. */
@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<SurveyEntity, UUID> {}
