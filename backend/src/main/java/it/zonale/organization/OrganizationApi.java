package it.zonale.organization;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the organization feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class OrganizationApi {
  private final OrganizationService service;

  OrganizationApi(OrganizationService service) {
    this.service = service;
  }

  /**
   * @throws DomainException.NotFound organization-not-found
   */
  public Organization getOrganization(UUID id) {
    return service.getOrganization(id);
  }

  /** The ambiti where an organisation works; organization-not-found when unknown. */
  public java.util.Set<UUID> districtsOf(UUID id) {
    return service.districtsOf(id);
  }

  /** Organisation names by id (unknown ids are left out). */
  public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
    return service.namesOf(ids);
  }

  /** Name, kind and ambiti of the organisations with these ids that exist. */
  public Map<UUID, OrganizationRef> refsOf(Collection<UUID> ids) {
    return service.refsOf(ids);
  }

  /**
   * The organisations with an e-mail address that work in the ambito, WITHOUT access checks: only
   * for mail sent by jobs and events that run without a caller. Never hand them to a caller.
   */
  public List<OrganizationContact> anyContactsInForMail(UUID districtId) {
    return service.contactsIn(districtId);
  }

  /**
   * The organisation's e-mail address, if it exists and gave one, WITHOUT access checks: only for
   * mail sent by jobs and events that run without a caller.
   */
  public java.util.Optional<OrganizationContact> anyContactForMail(UUID id) {
    return service.contactOf(id);
  }
}
