package it.zonale.agreement;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the agreement feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class AgreementApi {
  private final AgreementService service;

  AgreementApi(AgreementService service) {
    this.service = service;
  }

  /**
   * A signed accordo for whoever may read the plan; a draft only for the plan office.
   *
   * @throws DomainException.NotFound agreement-not-found
   */
  public Agreement readableAgreement(UUID planId) {
    return service.getAgreement(planId);
  }

  /**
   * Every organisation in the public register of the plan's signed accordo, by name.
   *
   * @throws DomainException.NotFound agreement-not-found
   */
  public List<AdheringOrganization> readableAdheringOrganizations(UUID planId) {
    return AllPages.of(p -> service.getAdhesionRegister(planId, p).items());
  }

  /**
   * How many organisations adhere to the plan's signed accordo, by kind, largest first.
   *
   * @throws DomainException.NotFound agreement-not-found
   */
  public List<KindCount> readableAdhesionCounts(UUID planId) {
    return service.getAdhesionRegister(planId, new PageQuery(1, 0)).countsByKind();
  }
}
