package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleSource;

/** The executable model generated at build time behaves exactly like the DRL it was generated from. */
class PrebuiltModelTest {

    @Test
    void bundledRulesComeFromThePrebuiltModelAndMatchTheClassicDrlBuild() throws Exception {
        assertThat(RuleEngine.hasPrebuiltModel()).isTrue();
        RuleEngine model = RuleEngine.bundled();
        RuleEngine drl = RuleEngine.compile(RuleSource.fromClasspath(RuleEngine.class.getClassLoader()));
        assertThat(model.packs()).isEqualTo(drl.packs());
        // metadata (Rule.getMetaData) survives the executable model
        assertThat(model.rules()).hasSameSizeAs(drl.rules());
        for (int i = 0; i < drl.rules().size(); i++) {
            RuleInfo a = model.rules().get(i);
            RuleInfo b = drl.rules().get(i);
            assertThat(a.id()).isEqualTo(b.id());
            assertThat(a.severity()).isEqualTo(b.severity());
            assertThat(a.title()).isEqualTo(b.title());
            assertThat(a.references()).isEqualTo(b.references());
            assertThat(a.message()).isEqualTo(b.message());
            assertThat(a.pack()).isEqualTo(b.pack());
        }
        Checker m = new Checker(Readers.standard(), model, RuleSettings.DEFAULTS, null);
        Checker d = new Checker(Readers.standard(), drl, RuleSettings.DEFAULTS, null);
        int withFindings = 0;
        for (int i = 0; i < 20; i++) {
            byte[] text = SyntheticReports.text(SyntheticReports.doc(7, i)).getBytes(StandardCharsets.UTF_8);
            Report r1 = m.extract(Path.of("r.txt"), text, "r" + i + ".txt");
            Report r2 = d.extract(Path.of("r.txt"), text, "r" + i + ".txt");
            List<?> f1 = m.run(r1);
            assertThat(f1).isEqualTo(d.run(r2));
            withFindings += f1.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isPositive();
    }
}
