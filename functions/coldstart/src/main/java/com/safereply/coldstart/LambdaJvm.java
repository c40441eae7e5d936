package com.safereply.coldstart;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How Lambda's java runtime starts a function's JVM, reproduced on this machine: the runtime interface client
 * ({@code AWSLambda}) on the JVM's classpath, the function's code loaded by the client from the working directory
 * (Lambda's {@code /var/task}: classes at the root, jars in {@code lib/}), the JVM flags of the managed runtime, and the
 * environment Lambda sets plus the function's own.
 */
public final class LambdaJvm {

    static final String RUNTIME_CLIENT_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** The functions' MemorySize in template.yaml (Globals). */
    static final int MEMORY_MB = 512;

    private final Path javaBinary;
    private final Path runtimeClientLib;

    public LambdaJvm(Path javaBinary, Path runtimeClientLib) {
        this.javaBinary = javaBinary.toAbsolutePath();
        this.runtimeClientLib = runtimeClientLib.toAbsolutePath();
    }

    /**
     * The managed java runtime's flags: heap at 85% of the memory size, serial GC, C1 only (tiered compilation
     * stopped at level 1, Lambda's default since java17), class data sharing when an archive is there.
     */
    static List<String> jvmFlags() {
        return List.of("-XX:MaxHeapSize=" + (MEMORY_MB * 1024L * 85 / 100) + "k", "-XX:+UseSerialGC",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.net.preferIPv4Stack=true");
    }

    public List<String> command(String handler) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary.toString());
        command.addAll(jvmFlags());
        command.add("-cp");
        command.add(runtimeClientLib.resolve("*").toString());
        command.add(RUNTIME_CLIENT_MAIN);
        command.add(handler);
        return command;
    }

    /**
     * Lambda's reserved variables for a function, then the template's globals, then the function's own. Credentials
     * are fake: the stand-ins accept any signature, and the SDK must find them in the environment as on Lambda.
     */
    public static Map<String, String> environment(MeasuredFunction function, String runtimeApi, String table,
                                                  URI dynamoDbEndpoint, URI snsEndpoint) {
        Map<String, String> env = new TreeMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", function.handler());
        env.put("LAMBDA_TASK_ROOT", function.codeDirectory().toString());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "safereply-coldstart-" + function.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/safereply-coldstart-" + function.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "coldstart");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        // DynamoDB Local keeps a database per access key and region (no -sharedDb): the key the harness seeds with.
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_SESSION_TOKEN", "coldstart-local-token");
        // template.yaml Globals
        env.put("TABLE_NAME", table);
        env.put("DISABLE_SIGNAL_HANDLERS", "true");
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        env.put("DYNAMODB_ENDPOINT", dynamoDbEndpoint.toString());
        env.put("SNS_ENDPOINT", snsEndpoint.toString());
        env.putAll(function.environment());
        return env;
    }
}
