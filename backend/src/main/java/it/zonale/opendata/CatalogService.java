package it.zonale.opendata;

import it.zonale.district.District;
import it.zonale.district.Municipality;
import it.zonale.plan.Plan;
import it.zonale.policyarea.PolicyArea;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Builds the DCAT-AP_IT catalogue of the deployment: one catalogue, a dataset per open dataset and
 * scope (region, ambito, published plan) with its CSV and JSON distributions, for the national
 * catalogue (dati.gov.it) to harvest.
 */
@ApplicationScoped
class CatalogService {
  static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String LOCN = "http://www.w3.org/ns/locn#";
  static final String EU = "http://publications.europa.eu/resource/authority/";

  /** ISTAT code of Regione Lombardia, the region the reference data covers. */
  static final String LOMBARDIA_ISTAT = "03";

  private final OpenDataService data;
  private final OpenDataConfig config;

  public CatalogService(OpenDataService data, OpenDataConfig config) {
    this.data = data;
    this.config = config;
  }

  /** The whole catalogue as an RDF model; its size grows with the plans, never with their rows. */
  public Model catalog(String requestBase) {
    String base = config.baseUrl().orElse(requestBase);
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("dcat", DCAT.NS);
    m.setNsPrefix("dct", DCTerms.NS);
    m.setNsPrefix("dcatapit", DCATAPIT);
    m.setNsPrefix("foaf", FOAF);
    m.setNsPrefix("vcard", VCARD4.NS);
    m.setNsPrefix("skos", SKOS.uri);
    m.setNsPrefix("locn", LOCN);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    Builder b = new Builder(m, base);
    Resource catalog = m.createResource(base + "/api/v1/catalog");
    catalog.addProperty(RDF.type, DCAT.Catalog).addProperty(RDF.type, b.it("Catalog"));
    catalog.addProperty(DCTerms.title, config.catalogTitle(), "it");
    catalog.addProperty(
        DCTerms.description,
        "I dati aperti dei Piani di Zona: piani, tavoli, incontri, avvisi, istanze, accordo,"
            + " obiettivi e indicatori, e i dati di riferimento degli ambiti.",
        "it");
    catalog.addProperty(DCTerms.publisher, b.publisher());
    catalog.addProperty(m.createProperty(FOAF, "homepage"), m.createResource(base + "/"));
    catalog.addProperty(DCTerms.language, m.createResource(EU + "language/ITA"));
    catalog.addProperty(DCAT.themeTaxonomy, m.createResource(EU + "data-theme"));

    OffsetDateTime[] latest = {OpenDataService.REFERENCE_DATA_MODIFIED};
    for (Dataset d : Datasets.ALL) {
      if (d.scope() == Scope.REGION) {
        catalog.addProperty(
            DCAT.dataset,
            b.dataset(
                d, null, null, OpenDataService.REFERENCE_DATA_MODIFIED, null, null, List.of()));
      }
    }
    Map<UUID, District> districts = new HashMap<>();
    data.eachDistrict(dd -> districts.put(dd.id(), dd));
    Map<UUID, List<Plan>> plansByDistrict = new HashMap<>();
    data.eachPublicPlan(
        null, p -> plansByDistrict.computeIfAbsent(p.districtId(), k -> new ArrayList<>()).add(p));
    Map<UUID, PolicyArea> areas = data.policyAreas();
    plansByDistrict.forEach(
        (districtId, plans) -> {
          District district = districts.get(districtId);
          if (district == null) {
            return;
          }
          List<Municipality> comuni = new ArrayList<>();
          data.eachMunicipality(districtId, comuni::add);
          OffsetDateTime modified =
              plans.stream().map(Plan::updatedAt).max(OffsetDateTime::compareTo).orElseThrow();
          if (modified.isAfter(latest[0])) {
            latest[0] = modified;
          }
          int from = plans.stream().mapToInt(Plan::startYear).min().orElseThrow();
          int to = plans.stream().mapToInt(Plan::endYear).max().orElseThrow();
          for (Dataset d : Datasets.ALL) {
            if (d.scope() == Scope.DISTRICT) {
              catalog.addProperty(
                  DCAT.dataset, b.dataset(d, district, null, modified, from, to, comuni));
            }
          }
          for (Plan plan : plans) {
            List<PolicyArea> subjects =
                plan.policyAreaIds().stream().map(areas::get).filter(a -> a != null).toList();
            for (Dataset d : Datasets.ALL) {
              if (d.scope() == Scope.PLAN) {
                Resource r =
                    b.dataset(
                        d,
                        district,
                        plan,
                        plan.updatedAt(),
                        plan.startYear(),
                        plan.endYear(),
                        comuni);
                subjects.forEach(a -> r.addProperty(DCTerms.subject, b.policyArea(a)));
                catalog.addProperty(DCAT.dataset, r);
              }
            }
          }
        });
    catalog.addProperty(DCTerms.modified, date(latest[0].toLocalDate()), XSDDatatype.XSDdate);
    return m;
  }

  private static String date(LocalDate d) {
    return d.toString();
  }

  /** Writes the resources of one catalogue. */
  private final class Builder {
    private final Model m;
    private final String base;
    private final Resource license;
    private final Resource contact;
    private Resource publisher;

    Builder(Model m, String base) {
      this.m = m;
      this.base = base;
      this.license =
          m.createResource(config.license())
              .addProperty(RDF.type, DCTerms.LicenseDocument)
              .addProperty(RDF.type, it("LicenseDocument"))
              .addProperty(
                  DCTerms.type, m.createResource("http://purl.org/adms/licencetype/Attribution"))
              .addProperty(m.createProperty(FOAF, "name"), licenseName(config.license()), "it");
      this.contact =
          m.createResource(base + "/api/v1/catalog#contact")
              .addProperty(RDF.type, VCARD4.Organization)
              .addProperty(RDF.type, it("Organization"))
              .addProperty(RDF.type, VCARD4.Kind)
              .addProperty(VCARD4.fn, config.publisherName())
              .addProperty(VCARD4.hasEmail, m.createResource(config.contactEmail()));
    }

    Property it(String local) {
      return m.createProperty(DCATAPIT, local);
    }

    Resource publisher() {
      if (publisher == null) {
        publisher =
            agent(
                base + "/api/v1/catalog#publisher",
                config.publisherName(),
                config.publisherIpaCode().orElse("zonale"));
      }
      return publisher;
    }

    Resource agent(String uri, String name, String identifier) {
      return m.createResource(uri)
          .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
          .addProperty(RDF.type, it("Agent"))
          .addProperty(m.createProperty(FOAF, "name"), name, "it")
          .addProperty(DCTerms.identifier, identifier);
    }

    /** The body that runs the ambito (ente capofila) holds the rights on the ambito's data. */
    Resource rightsHolder(District district) {
      if (district == null) {
        return publisher();
      }
      String name = district.leadBody() != null ? district.leadBody() : "Ambito " + district.name();
      return agent(
          base + "/api/v1/catalog#agent-" + district.code(),
          name,
          config.publisherIpaCode().orElse("zonale") + ":" + district.code());
    }

    Resource policyArea(PolicyArea a) {
      return m.createResource(base + "/api/v1/policy-areas/" + a.id())
          .addProperty(RDF.type, SKOS.Concept)
          .addProperty(SKOS.prefLabel, a.name(), "it")
          .addProperty(SKOS.notation, a.code())
          .addProperty(SKOS.inScheme, m.createResource(base + "/api/v1/policy-areas"));
    }

    Resource dataset(
        Dataset d,
        District district,
        Plan plan,
        OffsetDateTime modified,
        Integer fromYear,
        Integer toYear,
        List<Municipality> comuni) {
      UUID scopeId =
          switch (d.scope()) {
            case REGION -> null;
            case DISTRICT -> district.id();
            case PLAN -> plan.id();
          };
      String suffix = scopeId == null ? d.key() : d.key() + "-" + scopeId;
      Resource r =
          m.createResource(base + "/api/v1/catalog#" + suffix)
              .addProperty(RDF.type, DCAT.Dataset)
              .addProperty(RDF.type, it("Dataset"));
      String where =
          plan != null
              ? " — " + plan.title()
              : district != null ? " — Ambito " + district.name() : "";
      r.addProperty(DCTerms.title, d.titleIt() + where, "it");
      r.addProperty(DCTerms.title, d.titleEn() + where, "en");
      r.addProperty(DCTerms.description, d.descriptionIt(), "it");
      r.addProperty(DCTerms.description, d.descriptionEn(), "en");
      r.addProperty(DCTerms.identifier, config.publisherIpaCode().orElse("zonale") + ":" + suffix);
      r.addProperty(DCTerms.modified, date(modified.toLocalDate()), XSDDatatype.XSDdate);
      r.addProperty(DCTerms.publisher, publisher());
      r.addProperty(DCTerms.rightsHolder, rightsHolder(district));
      r.addProperty(DCAT.contactPoint, contact);
      r.addProperty(DCTerms.language, m.createResource(EU + "language/ITA"));
      r.addProperty(
          DCTerms.accrualPeriodicity,
          m.createResource(EU + "frequency/" + d.accrualPeriodicity())
              .addProperty(RDF.type, DCTerms.Frequency));
      for (String theme : d.themes()) {
        r.addProperty(
            DCAT.theme,
            m.createResource(EU + "data-theme/" + theme)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(EU + "data-theme")));
      }
      r.addProperty(DCAT.keyword, d.key(), "it");
      r.addProperty(DCAT.keyword, "piano di zona", "it");
      if (fromYear != null) {
        r.addProperty(
            DCTerms.temporal,
            m.createResource()
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, fromYear + "-01-01", XSDDatatype.XSDdate)
                .addProperty(DCAT.endDate, toYear + "-12-31", XSDDatatype.XSDdate));
      }
      if (comuni.isEmpty()) {
        r.addProperty(DCTerms.spatial, location(LOMBARDIA_ISTAT, "Lombardia"));
      }
      for (Municipality c : comuni) {
        r.addProperty(DCTerms.spatial, location(c.istatCode(), c.name()));
      }
      distribution(r, d, scopeId, Format.CSV, "CSV", "text/csv");
      distribution(r, d, scopeId, Format.JSON, "JSON", "application/json");
      return r;
    }

    Resource location(String istatCode, String name) {
      return m.createResource(base + "/api/v1/catalog#istat-" + istatCode)
          .addProperty(RDF.type, DCTerms.Location)
          .addProperty(m.createProperty(DCATAPIT, "geographicalIdentifier"), istatCode)
          .addProperty(m.createProperty(LOCN, "geographicalName"), name, "it");
    }

    void distribution(
        Resource dataset, Dataset d, UUID scopeId, Format f, String fileType, String mediaType) {
      String url = OpenDataPublisher.url(d, scopeId, f, base);
      Resource dist =
          m.createResource(dataset.getURI() + "-" + fileType.toLowerCase(java.util.Locale.ROOT))
              .addProperty(RDF.type, DCAT.Distribution)
              .addProperty(RDF.type, it("Distribution"))
              .addProperty(
                  DCTerms.title,
                  dataset.getProperty(DCTerms.title).getString() + " (" + fileType + ")",
                  "it")
              .addProperty(DCAT.accessURL, m.createResource(url))
              .addProperty(DCAT.downloadURL, m.createResource(url))
              .addProperty(
                  DCTerms.format,
                  m.createResource(EU + "file-type/" + fileType)
                      .addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
              .addProperty(
                  DCAT.mediaType,
                  m.createResource("https://www.iana.org/assignments/media-types/" + mediaType)
                      .addProperty(RDF.type, DCTerms.MediaType))
              .addProperty(DCTerms.license, license);
      if (f == Format.CSV) {
        dist.addProperty(
            DCTerms.conformsTo,
            m.createResource(OpenDataPublisher.url(d, scopeId, Format.CSVW, base))
                .addProperty(RDF.type, DCTerms.Standard));
      }
      dataset.addProperty(DCAT.distribution, dist);
    }
  }

  private static String licenseName(String url) {
    return url.contains("/by/4.0")
        ? "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)"
        : url;
  }
}
