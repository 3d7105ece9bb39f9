package it.zonale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Keeps the layering and the package-per-concept layout of docs/conventions.md (rules 3-8, 22). */
class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.zonale");

  @Test
  void resourcesUseServicesNeverRepositoriesOrEntities() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Entity")
        .check(CLASSES);
  }

  @Test
  void resourcesAreNotTransactional() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.transaction.Transactional")
        .check(CLASSES);
  }

  @Test
  void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
    for (var repository : CLASSES) {
      if (!repository.getSimpleName().endsWith("Repository")) {
        continue;
      }
      noClasses()
          .that()
          .resideOutsideOfPackage(repository.getPackageName())
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(repository.reflect())
          .check(CLASSES);
    }
  }

  @Test
  void entitiesStayInsideTheirFeature() {
    for (var entity : CLASSES) {
      if (!entity.getSimpleName().endsWith("Entity")) {
        continue;
      }
      noClasses()
          .that()
          .resideOutsideOfPackage(entity.getPackageName())
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(entity.reflect())
          .check(CLASSES);
    }
  }

  @Test
  void sharedImportsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("it.zonale.shared..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "it.zonale.shared..", "java..", "jakarta..", "org..", "io..", "com..")
        .check(CLASSES);
  }

  @Test
  void featuresFormNoCycles() {
    slices().matching("it.zonale.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noTopLevelLayerPackages() {
    noClasses()
        .should()
        .resideInAnyPackage("..controllers..", "..services..", "..repositories..", "..entities..")
        .check(CLASSES);
  }

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    // Deny by default is configured too; this keeps every endpoint's access explicit in the code.
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
        .that()
        .areAnnotatedWith(GET.class)
        .or()
        .areAnnotatedWith(POST.class)
        .or()
        .areAnnotatedWith(PUT.class)
        .or()
        .areAnnotatedWith(DELETE.class)
        .should(
            com.tngtech.archunit.lang.ArchCondition.from(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "be annotated, or sit in a class annotated, with @PermitAll, @RolesAllowed or @Authenticated",
                    (com.tngtech.archunit.core.domain.JavaMethod m) ->
                        hasAccessAnnotation(m) || hasAccessAnnotation(m.getOwner()))))
        .check(CLASSES);
  }

  private static boolean hasAccessAnnotation(
      com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
    return element.isAnnotatedWith(PermitAll.class)
        || element.isAnnotatedWith(RolesAllowed.class)
        || element.isAnnotatedWith(io.quarkus.security.Authenticated.class);
  }

  @Test
  void resourcesLiveUnderApiV1() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .and()
        .areAnnotatedWith(Path.class)
        .should(
            com.tngtech.archunit.lang.ArchCondition.from(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "have a path under /api/v1",
                    (com.tngtech.archunit.core.domain.JavaClass c) ->
                        c.getAnnotationOfType(Path.class).value().startsWith("/api/v1"))))
        .check(CLASSES);
  }
}
