package com.dezky.upstream.ocis;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** OCIS's Libre Graph API (spec v1.0.4, below {@code /graph}), only what provisioning uses. */
interface OcisApi {

    @GetMapping("/v1.0/drives")
    Collection<OcisDrive> drives(@RequestParam("$filter") String filter);

    @GetMapping("/v1.0/drives/{id}")
    OcisDrive drive(@PathVariable("id") String id);

    @PostMapping("/v1.0/drives")
    OcisDrive createDrive(@RequestBody Map<String, Object> drive);

    /** Without {@code Purge: T} this disables the drive; it can be restored. */
    @DeleteMapping("/v1.0/drives/{id}")
    void disableDrive(@PathVariable("id") String id);

    @PatchMapping(value = "/v1.0/drives/{id}", headers = "Restore=T")
    OcisDrive restoreDrive(@PathVariable("id") String id, @RequestBody Map<String, Object> empty);

    /** Removes a disabled drive and its content for good. */
    @DeleteMapping(value = "/v1.0/drives/{id}", headers = "Purge=T")
    void purgeDrive(@PathVariable("id") String id);

    @GetMapping("/v1.0/groups")
    Collection<OcisGroup> groups(@RequestParam("$search") String search);

    @PostMapping("/v1.0/groups")
    OcisGroup createGroup(@RequestBody Map<String, Object> group);

    @DeleteMapping("/v1.0/groups/{id}")
    void deleteGroup(@PathVariable("id") String id);

    @PostMapping("/v1beta1/drives/{id}/root/invite")
    Collection<Map<String, Object>> invite(@PathVariable("id") String driveId, @RequestBody Map<String, Object> invite);

    record Collection<T>(List<T> value) {
    }
}
