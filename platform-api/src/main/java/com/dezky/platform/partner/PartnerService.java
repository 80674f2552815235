package com.dezky.platform.partner;

import com.dezky.model.PageView;
import com.dezky.model.partner.CreatePartnerRequest;
import com.dezky.model.partner.PartnerStatus;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Changes to partners and their lists. */
@Service
class PartnerService {

    private static final Map<String, String> FIXED = Map.of("slug", "cannot be changed");

    private final Partners partners;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final Transactions transactions;

    PartnerService(Partners partners, MergePatch mergePatch, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.partners = partners;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    Partner create(CreatePartnerRequest request) {
        return transactions.write(() -> {
            try {
                return partners.save(new Partner(request, Occurrence.byCaller(clock)));
            } catch (DuplicateKeyException e) {
                throw ApiProblem.conflict("A partner with slug " + request.slug() + " already exists.", "slug");
            }
        });
    }

    Partner get(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("Partner " + slug));
    }

    /** A JSON merge patch of the fields of {@link CreatePartnerRequest}, held to the same rules. */
    Partner patch(String slug, String ifMatch, JsonNode patch) {
        return transactions.write(() -> {
            Partner partner = get(slug);
            ETags.requireMatch(ifMatch, partner.getVersion());
            if (partner.getStatus() == PartnerStatus.TERMINATED) {
                throw ApiProblem.illegalTransition("A terminated partner is kept for history and cannot be changed.", List.of());
            }
            CreatePartnerRequest edited = mergePatch.apply(partner.asRequest(), patch, FIXED);
            return partner.update(edited, Occurrence.byCaller(clock)) ? partners.save(partner) : partner;
        });
    }

    /** Termination is soft: the partner stays for history, its tenants stay attached and need follow-up. */
    Partner terminate(String slug, String ifMatch) {
        return transactions.write(() -> {
            Partner partner = get(slug);
            ETags.requireMatchIfPresent(ifMatch, partner.getVersion());
            if (partner.getStatus() == PartnerStatus.TERMINATED) {
                throw ApiProblem.illegalTransition("The partner is already terminated.", List.of());
            }
            partner.terminate(Occurrence.byCaller(clock));
            return partners.save(partner);
        });
    }

    PageView<Partner> list(String search, PartnerStatus status, int page, int size) {
        return partners.search(search, status, page, size);
    }
}
