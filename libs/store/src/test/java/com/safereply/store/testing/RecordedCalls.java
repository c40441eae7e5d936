package com.safereply.store.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A port that forwards every call to the real adapter and notes the method's name first, so a test can assert exactly
 * which store operations some code performed (SnapStart priming must only read, say) while the real adapter still runs
 * against DynamoDB Local. Exceptions reach the caller unwrapped, as the real adapter throws them.
 */
public final class RecordedCalls {

    private RecordedCalls() {
    }

    public static <T> T recording(Class<T> port, T real, List<String> calls) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
