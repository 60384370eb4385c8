package org.stdtrack.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram's words in the reader's language: each named element of a process model (task, event, gateway,
 * flow) takes its name from the bundles — {@code task.<id>} for a user task, {@code diagram.<id>} for the rest —
 * and keeps the model's own name where the bundles have none. Only the copy shown is changed; the engine's
 * model is never touched.
 */
@Component
class DiagramLabels {

    private static final String BPMN_MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final MessageSource messages;

    DiagramLabels(MessageSource messages) {
        this.messages = messages;
    }

    byte[] translate(byte[] model, Locale locale) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(model));
            NodeList elements = document.getElementsByTagNameNS(BPMN_MODEL, "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("id") && element.hasAttribute("name")) {
                    element.setAttribute("name", name(element, locale));
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new ByteArrayOutputStream(model.length + model.length / 4);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            // Our own deployed model: should it ever not parse, the diagram shows in the model's words.
            return model;
        }
    }

    private String name(Element element, Locale locale) {
        String id = element.getAttribute("id");
        String own = element.getAttribute("name");
        String key = "userTask".equals(element.getLocalName()) ? "task." + id : "diagram." + id;
        return messages.getMessage(key, null, own, locale);
    }
}
