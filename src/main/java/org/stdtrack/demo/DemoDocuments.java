package org.stdtrack.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Standard;

/**
 * The demo's drafts: short Word documents written with POI, the draft for review taking in the
 * consultation's comments, so that comparing two versions shows what changed.
 */
@Component
class DemoDocuments {

    private final Documents documents;

    DemoDocuments(Documents documents) {
        this.documents = documents;
    }

    void upload(AppUser user, Standard standard, DocumentKind kind) {
        byte[] file = docx(paragraphs(standard, kind));
        String name = standard.titleZh() + " " + kindName(kind) + ".docx";
        documents.upload(
                user, standard.id(), kind, new Documents.Upload(name, file.length, new ByteArrayInputStream(file)));
    }

    private static String kindName(DocumentKind kind) {
        return switch (kind) {
            case PROPOSAL -> "项目建议书";
            case DRAFT_OUTLINE -> "标准草案或大纲";
            case WORKING_DRAFT -> "工作组讨论稿";
            case DRAFT_FOR_COMMENTS -> "征求意见稿";
            case DRAFTING_EXPLANATION -> "编制说明";
            case DRAFT_FOR_REVIEW -> "送审稿";
            case REVIEW_MINUTES -> "审查会议纪要";
            case DRAFT_FOR_APPROVAL -> "报批稿";
            case PUBLISHED_TEXT -> "发布稿";
            case INTERNATIONAL_SOURCE -> "国际标准原文";
            case FOREIGN_LANGUAGE_VERSION -> "外文版";
            case AMENDMENT_DRAFT -> "修改单";
            case OTHER -> "其他";
            case EVIDENCE_LETTER -> "证明材料";
            case LIAISON_STATEMENT -> "联络函";
            case LIAISON_RESPONSE -> "联络函答复";
        };
    }

    /** The text of a draft at the stage the kind belongs to: later drafts take the comments in. */
    private static List<String> paragraphs(Standard standard, DocumentKind kind) {
        List<String> text = new ArrayList<>();
        text.add(standard.titleZh());
        text.add(standard.title());
        text.add("1 Scope — This document specifies requirements for "
                + standard.title().toLowerCase() + ".");
        text.add(
                "2 Normative references — GB/T 32400 Information technology — Cloud computing — Overview and vocabulary.");
        boolean revised = kind == DocumentKind.DRAFT_FOR_REVIEW
                || kind == DocumentKind.DRAFT_FOR_APPROVAL
                || kind == DocumentKind.PUBLISHED_TEXT;
        text.add(
                revised
                        ? "3.1 Terms and definitions — The definitions of GB/T 32400 apply, aligned with ISO/IEC 22123-1."
                        : "3.1 Terms and definitions — For the purposes of this document, the following terms apply.");
        text.add(
                revised
                        ? "5.2 Availability shall be measured per calendar month and reported within ten working days."
                        : "5.2 Availability shall be measured over the service period.");
        if (kind == DocumentKind.DRAFTING_EXPLANATION) {
            text.add("编制说明：任务来源、编制过程、主要技术内容及与国际标准的一致性程度。");
        }
        if (kind == DocumentKind.REVIEW_MINUTES) {
            text.add("审查会议纪要：审查委员一致同意该标准送审稿通过审查，并附签到表。");
        }
        return text;
    }

    /** A Word file of these paragraphs, as demo users upload them. */
    static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
