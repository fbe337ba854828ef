package bench;

import com.backstretches.lambda.BackStretchesHandler;
import com.backstretches.local.AlexaClient;
import com.backstretches.local.Envelopes;
import com.backstretches.local.InteractionModel;
import com.backstretches.local.Turn;
import com.backstretches.routine.RoutineLoader;
import com.backstretches.session.Navigator;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * What one whole routine costs in DynamoDB: a new user walks it by "next" from the launch to "all six
 * stretches done", through the entry point, on DynamoDB Local. Every call the skill's client sends is
 * counted as it goes out, and asks DynamoDB for the capacity it consumed. The monthly cost is for
 * 1,000 users doing that every day for 30 days, at on-demand prices.
 *
 * <p>Arguments: the DynamoDB endpoint, the table, the interaction model file.
 */
public final class CallsPerRequest {

    /** On-demand prices in US East (N. Virginia), USD per million request units: aws.amazon.com/dynamodb/pricing/on-demand (since 2024-11-01). */
    static final double READ_UNIT_PRICE = 0.125;
    static final double WRITE_UNIT_PRICE = 0.625;

    /** Counts the calls and adds up the capacity they consumed. */
    static final class Meter implements ExecutionInterceptor {
        int gets;
        int updates;
        int deletes;
        double readUnits;
        double writeUnits;

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            SdkRequest request = context.request();
            if (request instanceof GetItemRequest get) {
                return get.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            if (request instanceof UpdateItemRequest update) {
                return update.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            if (request instanceof DeleteItemRequest delete) {
                return delete.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            }
            return request;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            SdkRequest request = context.request();
            if (request instanceof GetItemRequest) {
                gets++;
            } else if (request instanceof UpdateItemRequest) {
                updates++;
            } else if (request instanceof DeleteItemRequest) {
                deletes++;
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof GetItemResponse r) {
                readUnits += units(r.consumedCapacity());
            } else if (context.response() instanceof UpdateItemResponse r) {
                writeUnits += units(r.consumedCapacity());
            } else if (context.response() instanceof DeleteItemResponse r) {
                writeUnits += units(r.consumedCapacity());
            }
        }

        private static double units(ConsumedCapacity capacity) {
            return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
        }

        int calls() {
            return gets + updates + deletes;
        }
    }

    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        String table = args[1];
        InteractionModel model = InteractionModel.load(Path.of(args[2]));
        Meter meter = new Meter();
        try (DynamoDbClient client = DynamoDbClients.local(endpoint, Region.US_EAST_1, List.of(meter))) {
            DynamoDbProfileStore store = new DynamoDbProfileStore(client, table, new Navigator(RoutineLoader.standard()).fresh());
            BackStretchesHandler handler = new BackStretchesHandler(store, Clock.systemUTC(), RoutineLoader.standard(),
                    Optional.of(Benchmark.SKILL_ID));
            AlexaClient user = new AlexaClient(handler, model, new Envelopes(Benchmark.SKILL_ID,
                    "amzn1.ask.account.BENCH-CALLS-" + ProcessHandle.current().pid()));
            List<Integer> perRequest = new ArrayList<>();
            Turn turn = user.launch();
            perRequest.add(take(meter));
            turn = user.say("yes");
            perRequest.add(take(meter));
            while (turn.sessionOpen() && !turn.plainSpeech().contains("all six stretches done") && perRequest.size() < 60) {
                turn = user.say("next");
                perRequest.add(take(meter));
            }
            if (!turn.plainSpeech().contains("all six stretches done")) {
                throw new IllegalStateException("the walk did not reach the end: " + turn.plainSpeech());
            }
            int requests = perRequest.size();
            int calls = meter.calls();
            double monthlyReads = meter.readUnits * 1000 * 30;
            double monthlyWrites = meter.writeUnits * 1000 * 30;
            double cost = monthlyReads / 1e6 * READ_UNIT_PRICE + monthlyWrites / 1e6 * WRITE_UNIT_PRICE;
            System.out.printf(Locale.ROOT, "calls requests=%d calls=%d per-request=%.2f max-in-one-request=%d GetItem=%d UpdateItem=%d"
                    + " DeleteItem=%d read-units=%.1f write-units=%.1f monthly-usd-per-1000-daily-users=%.2f per-request-calls=%s%n",
                    requests, calls, (double) calls / requests, perRequest.stream().mapToInt(Integer::intValue).max().orElse(0),
                    meter.gets, meter.updates, meter.deletes, meter.readUnits, meter.writeUnits, cost, perRequest);
        }
    }

    private static int cursor;

    /** The calls made since the last look. */
    private static int take(Meter meter) {
        int now = meter.calls();
        int made = now - cursor;
        cursor = now;
        return made;
    }
}
