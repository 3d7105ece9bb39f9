package it.zonale.account;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own account. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "The signed-in user")
public class AccountResource {
  private final AccountService service;

  public AccountResource(AccountService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(summary = "Who am I, and for which organisation do I act")
  public Account getCurrentAccount() {
    return service.getCurrentAccount();
  }
}
