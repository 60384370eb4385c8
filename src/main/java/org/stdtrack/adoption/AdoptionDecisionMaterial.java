package org.stdtrack.adoption;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.DecisionMaterial;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.web.Labels;

/**
 * The association verifying a declaration sees what it declares: the enterprise and its credit code, the scope,
 * products or services, the date, what it aligned, and the evidence, which opens in one click.
 */
@Component
class AdoptionDecisionMaterial implements DecisionMaterial {

    private final Adoptions adoptions;
    private final Labels labels;

    AdoptionDecisionMaterial(Adoptions adoptions, Labels labels) {
        this.adoptions = adoptions;
        this.labels = labels;
    }

    @Override
    public List<Item> of(TaskView task, Standard standard, Map<String, Object> variables) {
        if (!AdoptionVerification.VERIFY_TASK.equals(task.key())) {
            return List.of();
        }
        Adoption a = adoptions.find(AdoptionVerification.ADOPTION_ID.from(variables));
        return List.of(
                Item.of(labels.text("material.enterprise"), a.enterprise()),
                Item.of(labels.text("material.creditCode"), a.creditCode()),
                Item.of(labels.text("material.scope"), a.scope()),
                Item.of(labels.text("material.productsOrServices"), a.productsOrServices()),
                Item.of(
                        labels.text("material.implementedOn"),
                        labels.text("material.declared", a.implementedOn(), a.declaredBy())),
                Item.of(
                        labels.text("material.alignedAreas"),
                        a.alignedAreas().isEmpty() ? "—" : labels.values("alignedArea", a.alignedAreas())),
                new Item(labels.text("material.evidence"), a.evidence(), a.evidence(), null));
    }
}
