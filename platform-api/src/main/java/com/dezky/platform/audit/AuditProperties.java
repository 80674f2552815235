package com.dezky.platform.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dezky.audit.*}: the keys that make the audit chain tamper-evident, and how often it is
 * checkpointed. Keys live in secrets (environment), never in the database: whoever can write the
 * database can then still not rewrite the trail. docs/operations.md ("Audit keys") says how to
 * make and rotate them.
 *
 * @param chainKey                the HMAC-SHA-256 key new events are sealed with
 * @param retiredChainKeys        earlier chain keys, {@code <id>:<base64>}, kept to verify old events
 * @param checkpointKey           the Ed25519 key pair checkpoints are signed with
 * @param retiredCheckpointKeys   earlier checkpoint public keys, {@code <id>:<base64 X.509>}
 * @param checkpointEvery         a checkpoint after this many events
 * @param checkpointInterval      and at least this often while events are written
 */
@Validated
@ConfigurationProperties("dezky.audit")
record AuditProperties(
        @NotNull @Valid ChainKey chainKey,
        @DefaultValue List<@Pattern(regexp = "[A-Za-z0-9._-]+:[A-Za-z0-9+/=]+") String> retiredChainKeys,
        @NotNull @Valid CheckpointKey checkpointKey,
        @DefaultValue List<@Pattern(regexp = "[A-Za-z0-9._-]+:[A-Za-z0-9+/=]+") String> retiredCheckpointKeys,
        @DefaultValue("100") @Min(1) int checkpointEvery,
        @DefaultValue("15m") @NotNull Duration checkpointInterval) {

    /** @param secret base64 of at least 32 random bytes */
    record ChainKey(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") String id, @NotBlank String secret) {

        @Override
        public String toString() {
            return "ChainKey[id=" + id + ", secret=***]";
        }
    }

    /** @param privateKey base64 PKCS#8 Ed25519; @param publicKey base64 X.509 of the same pair */
    record CheckpointKey(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") String id, @NotBlank String privateKey,
            @NotBlank String publicKey) {

        @Override
        public String toString() {
            return "CheckpointKey[id=" + id + ", privateKey=***, publicKey=" + publicKey + "]";
        }
    }
}
