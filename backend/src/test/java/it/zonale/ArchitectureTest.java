package it.zonale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering and the package-per-concept layout of docs/conventions.md (rules 3-8, 22, 51).
 */
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

  /**
   * Rule 51: another feature is reached only through what it publishes: its {@code XApi}, its
   * records (DTOs and events), enums, exceptions, and the interfaces it asks others to implement.
   * Services, repositories, entities, mappers and policies stay package-private.
   */
  @Test
  void featuresUseOnlyEachOthersPublishedApi() {
    classes()
        .that()
        .resideInAPackage("it.zonale..")
        .and()
        .resideOutsideOfPackage("it.zonale.shared..")
        .should(
            new ArchCondition<JavaClass>(
                "depend on another feature only through its Api, records, enums, exceptions and"
                    + " interfaces") {
              @Override
              public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                  JavaClass target = d.getTargetClass();
                  while (target.isArray()) {
                    target = target.getComponentType();
                  }
                  String other = featureOf(target);
                  if (other == null || other.equals(own) || other.equals("shared")) {
                    continue;
                  }
                  if (!isPublished(target)) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                  }
                }
              }
            })
        .check(CLASSES);
  }

  /** Rule 51: notification observes the other features' events; no feature calls into it. */
  @Test
  void notificationIsReachedOnlyByEvents() {
    noClasses()
        .that()
        .resideOutsideOfPackage("it.zonale.notification..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("it.zonale.notification..")
        .check(CLASSES);
  }

  /** The feature a class belongs to ({@code plan} for it.zonale.plan..), null outside it.zonale. */
  private static String featureOf(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith("it.zonale.")) {
      return null;
    }
    String rest = p.substring("it.zonale.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static boolean isPublished(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return c.getSimpleName().endsWith("Api") && c.getSimpleName().length() > 3
        || c.isRecord()
        || c.isEnum()
        || c.isInterface()
        || c.isAssignableTo(Throwable.class)
        || (c != top && top.isRecord());
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
