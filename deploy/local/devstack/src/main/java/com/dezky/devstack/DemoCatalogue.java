package com.dezky.devstack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local demo data set: partners, 40 tenants in every status they reach through the API,
 * feature flags of real Dezky concerns, and the people of the dev identity provider's documented
 * usernames. Domains use the reserved {@code .example} top-level domain.
 */
final class DemoCatalogue {

    record Partner(String slug, String name, String domain, boolean terminated, BigDecimal marginPct, String startedAt) {
    }

    /** {@code status} is where it ends up: active (once provisioned), suspended (with the reason) or deleted. */
    record Tenant(String slug, String name, String plan, int seats, String partner, String status, String reason) {
    }

    /** A demo flag; one with a customer name is shown to customers under it. */
    record Flag(String key, String state, int pct, Map<String, List<String>> scope, String description,
            String customerName, String customerDescription) {

        Flag(String key, String state, int pct, Map<String, List<String>> scope, String description) {
            this(key, state, pct, scope, description, null, null);
        }
    }

    record Person(String email, String name, String tenant) {
    }

    static final List<Partner> PARTNERS = List.of(
            new Partner("northwind-it", "Northwind IT Services", "northwind-it.example", false, new BigDecimal("20.00"), "2024-03-01"),
            new Partner("alpine-cloud", "Alpine Cloud Partners", "alpine-cloud.example", false, new BigDecimal("15.00"), "2025-01-15"),
            new Partner("blue-harbor", "Blue Harbor Systems", "blue-harbor.example", true, new BigDecimal("10.00"), "2023-06-01"));

    static final List<Flag> FLAGS = List.of(
            new Flag("jmap_native_v2", "rollout", 25, Map.of(), "Webmail talks JMAP to Stalwart directly instead of the IMAP bridge",
                    "Faster webmail", "Webmail opens and searches your mail faster."),
            new Flag("gdpr_export_v2", "targeted", 0, Map.of("plans", List.of("enterprise")),
                    "One-click GDPR data export of a user's mail, files and identity"),
            new Flag("new_billing_engine", "rollout", 10, Map.of("environments", List.of("local", "staging")),
                    "Usage-based invoices from the new billing engine"),
            new Flag("calendar_sync", "on", 0, Map.of(), "CalDAV calendar sync for desktop and mobile clients",
                    "Calendar sync", "Your calendars on your phone and desktop, kept in step."),
            new Flag("files_v3_ui", "rollout", 50, Map.of("partnerSlugs", List.of("northwind-it")),
                    "The new OCIS web UI for files and spaces"),
            new Flag("sso_enforcement", "targeted", 0, Map.of("tenantSlugs", List.of("kessler-architekten")),
                    "Require single sign-on for every member of the tenant"),
            new Flag("mail_retention_policies", "off", 0, Map.of(), "Per-tenant retention rules for mailboxes"),
            new Flag("shared_mailboxes_v2", "rollout", 5, Map.of(), "Shared mailboxes with per-member permissions",
                    "Shared mailboxes", "Mailboxes a team shares, with a say over who may do what."),
            new Flag("onboarding_checklist", "on", 0, Map.of(), "Guided checklist for new tenant admins",
                    "Setup checklist", "A guided list of first steps for new administrators."),
            new Flag("admin_audit_export", "targeted", 0, Map.of("plans", List.of("business", "enterprise")),
                    "Tenant admins can export their own audit log"));

    /** Dezky staff; the dev identity provider makes any @dezky.com username a platform admin. */
    static final List<Person> OPERATORS = List.of(
            new Person("ada@dezky.com", "Ada", null),
            new Person("grace@dezky.com", "Grace", null),
            new Person("linus@dezky.com", "Linus", null));

    /** The portal's documented users; alex's admin rights come from the dev identity provider's groups. */
    static final List<Person> MEMBERS = List.of(
            new Person("pat@example.com", "Pat Member", "bergmann-logistik"),
            new Person("alex@example.com", "Alex Admin", "kessler-architekten"),
            new Person("sam@example.com", "Sam Staff", "kessler-architekten"));

    private static final String[][] COMPANIES = {
            {"bergmann-logistik", "Bergmann Logistik GmbH"}, {"kessler-architekten", "Kessler Architekten"},
            {"lindner-steuerberatung", "Lindner Steuerberatung"}, {"hofmann-praxis", "Praxis Dr. Hofmann"},
            {"nordlicht-media", "Nordlicht Media"}, {"werkstatt-fischer", "Werkstatt Fischer"},
            {"sonnenhof-hotel", "Hotel Sonnenhof"}, {"vogel-recht", "Vogel & Partner Rechtsanwälte"},
            {"brauer-bau", "Brauer Bau AG"}, {"alpenblick-immobilien", "Alpenblick Immobilien"},
            {"kraft-engineering", "Kraft Engineering"}, {"meyer-consulting", "Meyer Consulting"},
            {"seidel-design", "Studio Seidel"}, {"graf-logistics", "Graf Logistics"},
            {"becker-zahnaerzte", "Becker Zahnärzte"}, {"roth-elektro", "Roth Elektrotechnik"},
            {"weiss-kanzlei", "Kanzlei Weiss"}, {"lange-events", "Lange Events"},
            {"koch-feinkost", "Koch Feinkost"}, {"hartmann-solar", "Hartmann Solar"},
            {"schulz-verlag", "Schulz Verlag"}, {"zimmermann-tischlerei", "Tischlerei Zimmermann"},
            {"krueger-optik", "Krüger Optik"}, {"wolf-it", "Wolf IT-Service"},
            {"neumann-apotheke", "Neumann Apotheke"}, {"schwarz-marketing", "Schwarz Marketing"},
            {"braun-gartenbau", "Braun Gartenbau"}, {"haas-versicherung", "Haas Versicherungsmakler"},
            {"frank-physio", "Physio Frank"}, {"berger-bildung", "Berger Bildungswerk"},
            {"jung-fotografie", "Jung Fotografie"}, {"huber-landtechnik", "Huber Landtechnik"},
            {"ludwig-reisen", "Ludwig Reisen"}, {"pohl-kosmetik", "Pohl Kosmetik"},
            {"engel-pflege", "Engel Pflegedienst"}, {"arnold-druck", "Arnold Druckerei"},
            {"peters-holz", "Peters Holzhandel"}, {"voigt-labor", "Voigt Labordiagnostik"},
            {"sommer-schule", "Sommer Musikschule"}, {"kuhn-mobility", "Kuhn Mobility"}};

    private static final String[] PLANS = {"starter", "business", "business", "enterprise"};
    private static final String[] SUSPENSION_REASONS = {
            "Invoice 2026-10 unpaid after two reminders", "Abuse report: outbound spam from a compromised mailbox",
            "Customer asked to pause service during office move", "Chargeback on the card payment"};

    private DemoCatalogue() {
    }

    /** 40 tenants: mostly active, some suspended and deleted; a third through partners. */
    static List<Tenant> tenants() {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < COMPANIES.length; i++) {
            String status = i >= 36 ? "deleted" : i >= 32 ? "suspended" : "active";
            String partner = switch (i % 6) {
                case 1 -> "northwind-it";
                case 3 -> "alpine-cloud";
                case 5 -> i < 12 ? "blue-harbor" : null;
                default -> null;
            };
            String plan = PLANS[i % PLANS.length];
            int seats = 3 + (i * 7) % 45 + (plan.equals("enterprise") ? 60 : 0);
            tenants.add(new Tenant(COMPANIES[i][0], COMPANIES[i][1], plan, seats, partner, status,
                    status.equals("suspended") ? SUSPENSION_REASONS[i % SUSPENSION_REASONS.length] : null));
        }
        return tenants;
    }
}
