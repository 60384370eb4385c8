package org.stdtrack.standardsystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A node's name is text in the diagram, never markup, whatever it holds. */
class SystemDiagramTest {

    @Test
    void namesAreEscapedAsXmlReadsThem() {
        assertThat(SystemDiagram.escape("<script>alert('x') & \"y\"</script> — 云"))
                .isEqualTo("&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt; — 云");
        assertThat(SystemDiagram.escape(null)).isEmpty();
    }
}
