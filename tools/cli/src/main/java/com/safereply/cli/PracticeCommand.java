package com.safereply.cli;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.InvalidPracticeDocumentException;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.app.practice.admin.PracticeAdminStore;
import com.safereply.app.practice.admin.PracticeVersionConflictException;
import com.safereply.app.practice.admin.VersionedPractice;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code safereply-cli practice put --file practice.json [--operator NAME]}: creates the practice or replaces its
 * document (channels included) through the same use case as the API ({@link PracticeAdminService#put}), so it is
 * validated, versioned and audited the same way, as the operator named (default {@code cli:$USER}). The table comes
 * from {@code TABLE_NAME} (and {@code AWS_REGION}, {@code DYNAMODB_ENDPOINT}), as for the functions.
 *
 * <p>Exit codes: 0 written (or already so), 2 usage or an invalid document (the field is named), 3 refused (a
 * channel another practice claimed, or a concurrent change), 4 storage unavailable.
 */
final class PracticeCommand {

    static final int REFUSED = 3;
    static final int UNAVAILABLE = 4;

    static final String USAGE = """
            usage: java -jar safereply-cli.jar practice put --file practice.json [--operator NAME]
              Creates the practice, or replaces its document (profile, channels, sla, twoPersonRule), as a platform
              operator; validated, versioned and audited like the API. Needs TABLE_NAME (and AWS_REGION, or
              DYNAMODB_ENDPOINT for DynamoDB Local) in the environment. Prints {"practiceId","version"}.""";

    private final Function<Map<String, String>, PracticeAdminStore> stores;

    PracticeCommand(Function<Map<String, String>, PracticeAdminStore> stores) {
        this.stores = stores;
    }

    /** The production store: the single table named by the environment. */
    static PracticeCommand onDynamoDb() {
        return new PracticeCommand(env -> DynamoDbStores.create(StoreConfig.fromEnvironment(env)).practiceAdmin());
    }

    int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (rest.isEmpty() || !rest.remove(0).equals("put")) {
            err.println(USAGE);
            return Main.USAGE;
        }
        String file = null;
        String operator = "cli:" + env.getOrDefault("USER", "operator");
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (i + 1 >= rest.size() || !(option.equals("--file") || option.equals("--operator"))) {
                err.println("safereply: unknown or incomplete option '" + option + "'\n" + USAGE);
                return Main.USAGE;
            }
            String value = rest.get(++i);
            if (option.equals("--file")) {
                file = value;
            } else {
                operator = value;
            }
        }
        if (file == null) {
            err.println("safereply: --file is required\n" + USAGE);
            return Main.USAGE;
        }
        if (env.get(StoreConfig.TABLE_NAME) == null || env.get(StoreConfig.TABLE_NAME).isBlank()) {
            err.println("safereply: TABLE_NAME is not set (the SafeReply table to write the practice to)");
            return Main.USAGE;
        }
        String document;
        try {
            document = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("safereply: cannot read " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
        try {
            VersionedPractice written = PracticeAdminService.documentsOnly(stores.apply(env), Clock.systemUTC())
                    .put(Caller.operator(operator), document);
            out.println("{\"practiceId\":\"" + written.practice().practiceId() + "\",\"version\":" + written.version()
                    + "}");
            return Main.OK;
        } catch (InvalidPracticeDocumentException e) {
            err.println("safereply: " + e.getMessage() + " (field " + e.field() + ")");
            return Main.USAGE;
        } catch (ChannelClaimedException | PracticeVersionConflictException e) {
            err.println("safereply: refused: " + e.getMessage());
            return REFUSED;
        } catch (StoreUnavailableException e) {
            err.println("safereply: storage unavailable: " + e.getMessage());
            return UNAVAILABLE;
        }
    }
}
