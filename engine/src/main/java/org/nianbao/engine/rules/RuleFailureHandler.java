package org.nianbao.engine.rules;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Drools' consequence exception handler for every nianbao KieBase: a rule whose consequence throws
 * becomes a finding of its own ({@link FindingSink#RULE_FAILED}) on that report, and the session goes
 * on firing the other rules (Drools' default handler rethrows, which loses every finding of the report).
 * Drools instantiates it by class, once per session.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Object global = runtime instanceof KieRuntime k ? k.getGlobal("findings") : null;
        if (!(global instanceof FindingSink sink)) {
            throw new ConsequenceException(exception, runtime, match);
        }
        sink.ruleFailed(match.getRule().getName(), exception);
    }
}
