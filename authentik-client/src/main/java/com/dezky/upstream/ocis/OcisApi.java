package com.dezky.upstream.ocis;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/** OCIS's Libre Graph API (spec v1.0.4, below {@code /graph}), only what provisioning uses. */
interface OcisApi {

    @RequestLine("GET /v1.0/drives?$filter={filter}")
    Collection<OcisDrive> drives(@Param("filter") String filter);

    @RequestLine("GET /v1.0/drives/{id}")
    OcisDrive drive(@Param("id") String id);

    @RequestLine("POST /v1.0/drives")
    OcisDrive createDrive(Map<String, Object> drive);

    /** Without {@code Purge: T} this disables the drive; it can be restored. */
    @RequestLine("DELETE /v1.0/drives/{id}")
    void disableDrive(@Param("id") String id);

    @RequestLine("PATCH /v1.0/drives/{id}")
    @Headers("Restore: T")
    OcisDrive restoreDrive(@Param("id") String id, Map<String, Object> empty);

    /** Removes a disabled drive and its content for good. */
    @RequestLine("DELETE /v1.0/drives/{id}")
    @Headers("Purge: T")
    void purgeDrive(@Param("id") String id);

    @RequestLine("GET /v1.0/groups?$search={search}")
    Collection<OcisGroup> groups(@Param("search") String search);

    @RequestLine("POST /v1.0/groups")
    OcisGroup createGroup(Map<String, Object> group);

    @RequestLine("DELETE /v1.0/groups/{id}")
    void deleteGroup(@Param("id") String id);

    @RequestLine("POST /v1beta1/drives/{id}/root/invite")
    Collection<Map<String, Object>> invite(@Param("id") String driveId, Map<String, Object> invite);

    record Collection<T>(List<T> value) {
    }
}
