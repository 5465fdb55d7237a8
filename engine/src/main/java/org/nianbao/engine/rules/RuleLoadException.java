package org.nianbao.engine.rules;

import java.util.List;

/** A rule pack does not compile or declares bad metadata. Each problem names file and line. */
public class RuleLoadException extends RuntimeException {
    /** One problem: the DRL file, the line (0 when unknown) and the compiler's complaint. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + "：" + message;
        }
    }

    private final List<Problem> problems;

    public RuleLoadException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("规则无法加载（" + problems.size() + " 处错误）：");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
