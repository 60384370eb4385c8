package org.stdtrack.tasks;

import java.util.List;
import java.util.Map;
import org.stdtrack.standard.Standard;

/**
 * What a decision is about, shown above its form: the documents, results and opinions the decider weighs, each
 * opening in one click. A feature registers one as a bean for its own tasks; the task page gathers them into one
 * panel, in the order of the beans.
 */
public interface DecisionMaterial {

    /**
     * The items for this task's panel, in the reader's language; empty for a task this feature does not know.
     * {@code variables} are the task's process variables (which declaration, which request).
     */
    List<Item> of(TaskView task, Standard standard, Map<String, Object> variables);

    /**
     * One thing to look at: its name, what it says, where it opens (null when the text is all there is) and a
     * detail in small type (a checksum), or null.
     */
    record Item(String label, String text, String href, String detail) {

        public static Item of(String label, String text) {
            return new Item(label, text, null, null);
        }
    }
}
