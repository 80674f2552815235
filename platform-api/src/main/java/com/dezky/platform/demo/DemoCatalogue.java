package com.dezky.platform.demo;

import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.platform.partner.PartnerSeeder;
import com.dezky.platform.tenant.TenantStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The local demo data set. Domains use the reserved {@code .example} top-level domain; the
 * portal members are the dev identity provider's documented usernames.
 */
final class DemoCatalogue {

    record DemoTenant(String slug, String name, String plan, int seats, String partner, TenantStatus status,
            String reason, int ageDays) {
    }

    record DemoMember(String username, String name, String tenant, boolean admin, int lastSeenDays) {
    }

    /** Dezky staff; the dev identity provider makes any @dezky.com username a platform admin. */
    record DemoOperator(String username, String name, int lastSeenDays) {
    }

    static final List<DemoOperator> OPERATORS = List.of(
            new DemoOperator("ada@dezky.com", "Ada", 1),
            new DemoOperator("grace@dezky.com", "Grace", 4),
            new DemoOperator("linus@dezky.com", "Linus", 45));

    static final List<PartnerSeeder.Seed> PARTNERS = List.of(
            new PartnerSeeder.Seed("northwind-it", "Northwind IT Services", "northwind-it.example", "active",
                    new BigDecimal("20.00"), LocalDate.of(2024, 3, 1)),
            new PartnerSeeder.Seed("alpine-cloud", "Alpine Cloud Partners", "alpine-cloud.example", "active",
                    new BigDecimal("15.00"), LocalDate.of(2025, 1, 15)),
            new PartnerSeeder.Seed("blue-harbor", "Blue Harbor Systems", "blue-harbor.example", "terminated",
                    new BigDecimal("10.00"), LocalDate.of(2023, 6, 1)));

    record DemoFlag(FlagRule rule, String description) {
    }

    static final List<DemoFlag> FLAGS = List.of(
            new DemoFlag(new FlagRule("jmap_native_v2", FlagState.ROLLOUT, 25, FlagScope.EVERYONE),
                    "Webmail talks JMAP to Stalwart directly instead of the IMAP bridge"),
            new DemoFlag(new FlagRule("gdpr_export_v2", FlagState.TARGETED, 0,
                    new FlagScope(Set.of("enterprise"), Set.of(), Set.of(), Set.of())),
                    "One-click GDPR data export of a user's mail, files and identity"),
            new DemoFlag(new FlagRule("new_billing_engine", FlagState.ROLLOUT, 10,
                    new FlagScope(Set.of(), Set.of(), Set.of(), Set.of("local", "staging"))),
                    "Usage-based invoices from the new billing engine"),
            new DemoFlag(new FlagRule("calendar_sync", FlagState.ON, 0, FlagScope.EVERYONE),
                    "CalDAV calendar sync for desktop and mobile clients"),
            new DemoFlag(new FlagRule("files_v3_ui", FlagState.ROLLOUT, 50,
                    new FlagScope(Set.of(), Set.of(), Set.of("northwind-it"), Set.of())),
                    "The new OCIS web UI for files and spaces"),
            new DemoFlag(new FlagRule("sso_enforcement", FlagState.TARGETED, 0,
                    new FlagScope(Set.of(), Set.of("kessler-architekten"), Set.of(), Set.of())),
                    "Require single sign-on for every member of the tenant"),
            new DemoFlag(new FlagRule("mail_retention_policies", FlagState.OFF, 0, FlagScope.EVERYONE),
                    "Per-tenant retention rules for mailboxes"),
            new DemoFlag(new FlagRule("shared_mailboxes_v2", FlagState.ROLLOUT, 5, FlagScope.EVERYONE),
                    "Shared mailboxes with per-member permissions"),
            new DemoFlag(new FlagRule("onboarding_checklist", FlagState.ON, 0, FlagScope.EVERYONE),
                    "Guided checklist for new tenant admins"),
            new DemoFlag(new FlagRule("admin_audit_export", FlagState.TARGETED, 0,
                    new FlagScope(Set.of("business", "enterprise"), Set.of(), Set.of(), Set.of())),
                    "Tenant admins can export their own audit log"));

    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("pat@example.com", "Pat Member", "bergmann-logistik", false, 2),
            new DemoMember("alex@example.com", "Alex Admin", "kessler-architekten", true, 1),
            new DemoMember("sam@example.com", "Sam Staff", "kessler-architekten", false, 40));

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

    /** 40 tenants: mostly active, some pending, suspended and deleted; a third through partners. */
    static List<DemoTenant> tenants() {
        List<DemoTenant> tenants = new ArrayList<>();
        for (int i = 0; i < COMPANIES.length; i++) {
            TenantStatus status = i >= 36 ? TenantStatus.DELETED
                    : i >= 32 ? TenantStatus.SUSPENDED
                    : i >= 27 ? TenantStatus.PENDING
                    : TenantStatus.ACTIVE;
            String partner = switch (i % 6) {
                case 1 -> "northwind-it";
                case 3 -> "alpine-cloud";
                case 5 -> i < 12 ? "blue-harbor" : null;
                default -> null;
            };
            int seats = 3 + (i * 7) % 45 + (PLANS[i % PLANS.length].equals("enterprise") ? 60 : 0);
            tenants.add(new DemoTenant(COMPANIES[i][0], COMPANIES[i][1], PLANS[i % PLANS.length], seats, partner, status,
                    status == TenantStatus.SUSPENDED ? SUSPENSION_REASONS[i % SUSPENSION_REASONS.length] : null,
                    400 - i * 9));
        }
        return tenants;
    }
}
