package com.backstretches.store.dynamodb;

import com.backstretches.session.Position;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoreUnavailableException;
import com.backstretches.store.FlatProfile;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.UnreadableProfileException;
import com.backstretches.store.VersionConflictException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Profiles in a DynamoDB table keyed by {@code userId}: one consistent read per request, one
 * conditional update per change. The table itself is created by template.yaml, never here.
 */
public final class DynamoDbProfileStore implements ProfileStore {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbProfileStore.class);

    /** The table's partition key (a string): the Alexa user id. template.yaml declares the same. */
    public static final String PARTITION_KEY = ProfileItemCodec.USER_ID;

    /** The number (epoch seconds) by which DynamoDB's time to live deletes the item. template.yaml declares the same. */
    public static final String EXPIRY_ATTRIBUTE = ProfileItemCodec.EXPIRES_AT;

    private final DynamoDbClient client;
    private final String table;
    private final Position fresh;

    /** {@code fresh}: where a user whose item is unreadable starts again. */
    public DynamoDbProfileStore(DynamoDbClient client, String table, Position fresh) {
        this.client = client;
        this.table = table;
        this.fresh = fresh;
    }

    @Override
    public Optional<StoredProfile> load(String userId) {
        GetItemResponse response = call(() -> client.getItem(b -> b.tableName(table).key(key(userId)).consistentRead(true)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        long version = ProfileItemCodec.version(item);
        try {
            return Optional.of(new StoredProfile(ProfileItemCodec.fromAttributes(item).toProfile(), version));
        } catch (UnreadableProfileException e) {
            // The version is kept so the next write replaces the item instead of conflicting with it forever.
            LOG.atWarn().addKeyValue("reason", e.getMessage()).log("stored profile is unreadable; the user starts fresh");
            return Optional.of(new StoredProfile(new Profile(fresh, false, Instant.EPOCH, List.of()), version));
        }
    }

    @Override
    public void put(String userId, Profile profile, long expectedVersion) {
        Map<String, AttributeValue> attributes = ProfileItemCodec.toAttributes(FlatProfile.of(profile, expectedVersion + 1));
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder update = new StringBuilder("SET ");
        int i = 0;
        for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
            names.put("#a" + i, a.getKey());
            values.put(":a" + i, a.getValue());
            update.append(i == 0 ? "" : ", ").append("#a").append(i).append(" = :a").append(i);
            i++;
        }
        names.put("#version", ProfileItemCodec.VERSION);
        String condition;
        if (expectedVersion == 0) {
            condition = "attribute_not_exists(#version)";
        } else {
            condition = "#version = :expected";
            values.put(":expected", AttributeValue.fromN(Long.toString(expectedVersion)));
        }
        call(() -> {
            try {
                return client.updateItem(b -> b.tableName(table).key(key(userId)).updateExpression(update.toString())
                        .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
            } catch (ConditionalCheckFailedException e) {
                throw new VersionConflictException("profile changed since version " + expectedVersion);
            }
        });
    }

    @Override
    public void delete(String userId) {
        call(() -> client.deleteItem(b -> b.tableName(table).key(key(userId))));
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(ProfileItemCodec.USER_ID, AttributeValue.fromS(userId));
    }

    private interface Call<T> {
        T run();
    }

    /** Every SDK failure (timeout, closed port, throttling after retries, missing table) becomes one exception type. */
    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (AwsServiceException e) {
            // The error code says throttled or missing table; the message could quote request values, so it stays out.
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            throw new StoreUnavailableException("DynamoDB call failed: " + e.getClass().getSimpleName()
                    + (code == null ? "" : " (" + code + ")"), e);
        } catch (SdkException e) {
            throw new StoreUnavailableException("DynamoDB call failed: " + e.getClass().getSimpleName(), e);
        } catch (UncheckedIOException e) {
            // The URL-connection client lets some connection failures out this way (a reset while it opens the
            // request stream; see aws-sdk-java-v2 issue 6578) rather than as an SdkException: the database is away all the same.
            throw new StoreUnavailableException("DynamoDB call failed: " + e.getCause().getClass().getSimpleName(), e);
        }
    }
}
