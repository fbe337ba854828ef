package com.backstretches.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.Turn;
import com.backstretches.routine.Level;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.StoredProfile;
import com.backstretches.store.VersionConflictException;
import com.backstretches.store.dynamodb.LocalDynamoDb;
import com.backstretches.testkit.ResponseChecks;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two devices of one user, each in its own session, sending requests at the same moment, on
 * DynamoDB Local: optimistic locking keeps both changes, every round, with no update lost. Each
 * session writes from what it last knew of the store (no read mid-session), and both requests'
 * first writes meet at a barrier, so every round really has a write conflict and its retry (a read,
 * then the change applied again), however fast or slow the machine.
 */
class ConcurrentDevicesTest {

    private static final int ROUNDS = 200;
    private static final LocalDynamoDb DB = LocalDynamoDb.shared();
    private static final String TABLE = DB.createTable();
    private final BothWriteTogether interleaving = new BothWriteTogether();
    private final SkillOnLocalDynamoDb skill = new SkillOnLocalDynamoDb(DB.client(), TABLE, interleaving::around);
    private final ExecutorService devices = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        devices.shutdownNow();
        devices.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void one_device_setting_the_hold_while_the_other_changes_a_version_keeps_both_in_every_round() throws Exception {
        AlexaClient phone = skill.device("amzn1.ask.device.PHONE");
        AlexaClient speaker = skill.device("amzn1.ask.device.SPEAKER");
        phone.say("ask back stretches to start my back stretches");
        speaker.say("open back stretches");
        long version = skill.store.load(skill.user).orElseThrow().version();
        List<Integer> holds = List.of(35, 40, 45, 50, 55, 60, 30);
        CyclicBarrier together = new CyclicBarrier(2);

        for (int round = 0; round < ROUNDS; round++) {
            interleaving.newRound();
            int seconds = holds.get(round % holds.size());
            String choice = round % 2 == 0 ? "EasierIntent" : "HarderIntent";
            Future<Turn> hold = devices.submit(() -> {
                together.await(5, TimeUnit.SECONDS);
                return phone.send("HoldTimeIntent", Map.of("seconds", Integer.toString(seconds)));
            });
            Future<Turn> level = devices.submit(() -> {
                together.await(5, TimeUnit.SECONDS);
                return speaker.send(choice, Map.of("stretch", "wag tail"));
            });
            Turn phoneTurn = hold.get(10, TimeUnit.SECONDS);
            Turn speakerTurn = level.get(10, TimeUnit.SECONDS);
            ResponseChecks.assertLikeAlexa(phoneTurn.raw());
            ResponseChecks.assertLikeAlexa(speakerTurn.raw());

            StoredProfile stored = skill.store.load(skill.user).orElseThrow();
            String where = "round " + round;
            assertThat(stored.profile().position().holdSeconds()).as(where + ": the phone's hold time").isEqualTo(seconds);
            assertThat(stored.profile().position().levelOf("wag-tail")).as(where + ": the speaker's version")
                    .isEqualTo(levelIn(speakerTurn, "wag-tail"));
            assertThat(stored.version()).as(where + ": both writes, one after the other").isEqualTo(version + 2);
            assertThat(phoneTurn.sessionAttributes().at("/backStretches/unsaved").isNull()).as(where).isTrue();
            assertThat(speakerTurn.sessionAttributes().at("/backStretches/unsaved").isNull()).as(where).isTrue();
            version = stored.version();
            assertThat(interleaving.conflicts.get()).as(where + ": a write conflicted, and was redone").isGreaterThan(round);
        }
    }

    /**
     * What the skill sees of the store: a round's first two writes wait for each other, so both go
     * out together and at least one of them finds the version moved on; conflicts are counted. Later
     * writes (a retry's) pass at once.
     */
    private static final class BothWriteTogether {
        final AtomicInteger conflicts = new AtomicInteger();
        // Until the first round, nothing waits: the devices' opening requests come one after the other.
        private final AtomicInteger firstWrites = new AtomicInteger(2);
        private final CyclicBarrier bothWrite = new CyclicBarrier(2);

        void newRound() {
            firstWrites.set(0);
        }

        ProfileStore around(ProfileStore store) {
            return new ProfileStore() {
                @Override
                public Optional<StoredProfile> load(String userId) {
                    return store.load(userId);
                }

                @Override
                public void put(String userId, Profile profile, long expectedVersion) {
                    if (firstWrites.getAndIncrement() < 2) {
                        try {
                            bothWrite.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                            throw new IllegalStateException("the other device never wrote", e);
                        }
                    }
                    try {
                        store.put(userId, profile, expectedVersion);
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                        throw e;
                    }
                }

                @Override
                public void delete(String userId) {
                    store.delete(userId);
                }
            };
        }
    }

    /** The version the device's own session says it chose. */
    private static Level levelIn(Turn turn, String stretchId) {
        JsonNode level = turn.sessionAttributes().at("/backStretches/versions/" + stretchId);
        return level.isMissingNode() || level.isNull() ? Level.STANDARD : Level.valueOf(level.asText());
    }
}
