package com.safereply.templatecheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a CloudFormation / SAM template into plain maps and lists. The short intrinsic forms ({@code !Ref X},
 * {@code !GetAtt A.B}, {@code !Sub ...}, {@code !If [...]}, any other {@code !Tag}) become their long JSON forms
 * ({@code {Ref: X}}, {@code {Fn::GetAtt: [A, B]}}, {@code {Fn::Sub: ...}}), so checks see one shape whichever form the
 * template uses.
 */
public final class SamYaml {

    private SamYaml() {
    }

    public static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(Reader reader) {
        Object loaded = new Yaml(new IntrinsicConstructor()).load(reader);
        if (!(loaded instanceof Map)) {
            throw new IllegalArgumentException("a template is a YAML mapping at the top level");
        }
        return (Map<String, Object>) loaded;
    }

    /** Safe constructor (no arbitrary classes) that turns every local {@code !Tag} into an intrinsic function map. */
    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor() {
            super(new LoaderOptions());
            // "!" is the prefix of every local tag; standard tags are "tag:yaml.org,2002:..." and are not matched.
            this.yamlMultiConstructors.put("!", new ConstructIntrinsic());
        }

        private final class ConstructIntrinsic extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue().substring(1);
                Object value = constructPlain(node);
                if (tag.equals("Ref") || tag.equals("Condition")) {
                    return singleton(tag, value);
                }
                if (tag.equals("GetAtt") && value instanceof String dotted) {
                    int dot = dotted.indexOf('.');
                    value = dot < 0 ? List.of(dotted) : Arrays.asList(dotted.substring(0, dot), dotted.substring(dot + 1));
                }
                return singleton("Fn::" + tag, value);
            }

            private Object constructPlain(Node node) {
                if (node instanceof ScalarNode scalar) {
                    return constructScalar(scalar);
                }
                if (node instanceof SequenceNode sequence) {
                    List<Object> list = new ArrayList<>();
                    for (Node child : sequence.getValue()) {
                        list.add(constructObject(child));
                    }
                    return list;
                }
                Map<Object, Object> map = new LinkedHashMap<>();
                constructMapping2ndStep((MappingNode) node, map);
                return map;
            }

            private Map<String, Object> singleton(String key, Object value) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(key, value);
                return map;
            }
        }
    }
}
