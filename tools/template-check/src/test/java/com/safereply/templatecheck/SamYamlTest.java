package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SamYamlTest {

    @Test
    void shortIntrinsicTagsBecomeTheirLongForms() {
        Map<String, Object> doc = SamYaml.load(new StringReader("""
                a: !Ref Table
                b: !GetAtt Table.StreamArn
                c: !Sub "https://${Api}.execute-api.${AWS::Region}"
                d: !If [Cond, !Ref X, !Select [0, !Split [",", "a,b"]]]
                e: !Join ["", [x, !Ref Y]]
                f: !Not [!Equals [!Ref P, ""]]
                g: !GetAtt [Table, Arn]
                h: !UnknownFutureTag {k: v}
                """));
        assertEquals(Map.of("Ref", "Table"), doc.get("a"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Table", "StreamArn")), doc.get("b"));
        assertEquals(Map.of("Fn::Sub", "https://${Api}.execute-api.${AWS::Region}"), doc.get("c"));
        assertEquals(Map.of("Fn::If", List.of("Cond", Map.of("Ref", "X"),
                Map.of("Fn::Select", List.of(0, Map.of("Fn::Split", List.of(",", "a,b")))))), doc.get("d"));
        assertEquals(Map.of("Fn::Join", List.of("", List.of("x", Map.of("Ref", "Y")))), doc.get("e"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "P"), "")))), doc.get("f"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Table", "Arn")), doc.get("g"));
        assertEquals(Map.of("Fn::UnknownFutureTag", Map.of("k", "v")), doc.get("h"));
    }
}
