package it.zonale.account;

import it.zonale.organization.Organization;
import it.zonale.organization.OrganizationApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells a signed-in user who they are for Zonale; an account without an organisation is refused
 * clearly.
 */
@ApplicationScoped
class AccountService {
  private final CurrentUser user;
  private final OrganizationApi organizations;

  public AccountService(CurrentUser user, OrganizationApi organizations) {
    this.user = user;
    this.organizations = organizations;
  }

  /**
   * @throws DomainException.Forbidden no-organization
   */
  public Account getCurrentAccount() {
    Organization organization;
    try {
      organization = organizations.getOrganization(user.organizationId().orElseThrow());
    } catch (java.util.NoSuchElementException | DomainException.NotFound e) {
      throw DomainException.Forbidden.of(
          "no-organization",
          "Your account acts for no organisation known to Zonale: ask your plan office to link it to one.");
    }
    List<String> roles =
        Stream.of(Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE)
            .filter(user::hasRole)
            .toList();
    return new Account(
        user.userId().orElseThrow(),
        user.displayName(),
        roles,
        organization.id(),
        organization.name(),
        organization.kind().name(),
        List.copyOf(user.districtIds()));
  }
}
