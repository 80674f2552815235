package com.dezky.platform.provisioning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The provisioning records' persistence. */
interface ProvisioningRecords extends MongoRepository<ProvisioningRecord, String>, ProvisioningLeases {

    List<ProvisioningRecord> findByTenant(String tenant);

    List<ProvisioningRecord> findByTenantIn(Collection<String> tenants);
}
