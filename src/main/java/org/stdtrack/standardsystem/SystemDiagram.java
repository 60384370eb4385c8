package org.stdtrack.standardsystem;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The structure diagram of a system table (the guideline's Figure 1), drawn from the data: the programme's
 * title above a column per top-level node, each column's nodes beneath it, indented by depth, each with its
 * existing and planned counts and its coverage as a bar. An SVG with a title and a description, for a reader's
 * language; the numbers are also a table on the system page.
 */
@Component
class SystemDiagram {

    private static final int COLUMN = 220;
    private static final int ROW = 46;
    private static final int TOP = 70;
    private static final int MARGIN = 10;

    private final MessageSource messages;

    SystemDiagram(MessageSource messages) {
        this.messages = messages;
    }

    String svg(SystemTables.TableView view, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        List<SystemTables.NodeView> roots =
                view.nodes().stream().filter(n -> !n.retired()).toList();
        int deepest = roots.stream().mapToInt(SystemDiagram::size).max().orElse(0);
        int width = Math.max(1, roots.size()) * COLUMN + 2 * MARGIN;
        int height = TOP + deepest * ROW + MARGIN;
        String title = chinese ? view.titleZh() : view.titleEn();
        Counts total = view.counts();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"system-diagram-title system-diagram-desc\">\n");
        svg.append("<title id=\"system-diagram-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"system-diagram-desc\">")
                .append(escape(messages.getMessage(
                        "system.diagramDescription",
                        new Object[] {roots.size(), total.planned(), total.existing(), percent(total)},
                        locale)))
                .append("</desc>\n");
        svg.append("<style>text{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;"
                + "font-size:12px;fill:#1d2733}.head{font-size:16px;font-weight:600}.root{font-weight:600}"
                + ".box{fill:#f3f6f9;stroke:#8795a3}.bar{fill:#1e7b34}.track{fill:#d5dbe1}</style>\n");
        svg.append("<text class=\"head\" x=\"")
                .append(MARGIN)
                .append("\" y=\"24\">")
                .append(escape(title))
                .append("</text>\n");
        for (int c = 0; c < roots.size(); c++) {
            int[] row = {0};
            node(svg, roots.get(c), MARGIN + c * COLUMN, 0, row, chinese);
        }
        return svg.append("</svg>\n").toString();
    }

    /** A node's box at its column and depth, then its children beneath it. */
    private void node(StringBuilder svg, SystemTables.NodeView n, int x, int depth, int[] row, boolean chinese) {
        if (n.retired()) {
            return;
        }
        int indent = depth * 14;
        int y = TOP - 30 + row[0] * ROW;
        int w = COLUMN - 12 - indent;
        Counts c = n.counts();
        svg.append("<g id=\"diagram-node-").append(escape(n.code())).append("\">");
        svg.append("<rect class=\"box\" x=\"")
                .append(x + indent)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(ROW - 8)
                .append("\" rx=\"4\"/>");
        svg.append("<text")
                .append(depth == 0 ? " class=\"root\"" : "")
                .append(" x=\"")
                .append(x + indent + 6)
                .append("\" y=\"")
                .append(y + 15)
                .append("\">")
                .append(escape(n.code() + " " + (chinese ? n.nameZh() : n.nameEn())))
                .append("</text>");
        svg.append("<text x=\"")
                .append(x + indent + 6)
                .append("\" y=\"")
                .append(y + 31)
                .append("\">")
                .append(c.existing())
                .append(" / ")
                .append(c.planned())
                .append(" · ")
                .append(escape(percent(c)))
                .append("</text>");
        int bar = w - 90;
        svg.append("<rect class=\"track\" x=\"")
                .append(x + indent + 84)
                .append("\" y=\"")
                .append(y + 24)
                .append("\" width=\"")
                .append(bar)
                .append("\" height=\"8\"/>");
        svg.append("<rect class=\"bar\" x=\"")
                .append(x + indent + 84)
                .append("\" y=\"")
                .append(y + 24)
                .append("\" width=\"")
                .append(c.coverage() == null ? 0 : Math.round(bar * c.coverage()))
                .append("\" height=\"8\"/>");
        svg.append("</g>\n");
        row[0]++;
        for (SystemTables.NodeView child : n.children()) {
            node(svg, child, x, depth + 1, row, chinese);
        }
    }

    /** How many boxes a column takes: the node and its descendants still in the structure. */
    private static int size(SystemTables.NodeView n) {
        return n.retired()
                ? 0
                : 1 + n.children().stream().mapToInt(SystemDiagram::size).sum();
    }

    private static String percent(Counts c) {
        return c.coverage() == null ? "—" : Math.round(c.coverage() * 100) + " %";
    }

    /** Text as XML holds it: the five characters markup reads, as XML's own references (no HTML entities). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
