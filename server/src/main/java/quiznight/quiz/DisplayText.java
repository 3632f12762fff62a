package quiznight.quiz;

/**
 * What a quiz text shown on the projector and the phones must not hold: bidirectional embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder the text after them and, left open,
 * the page around it ("Trojan Source" in code); and more than {@value #MAX_MARKS} combining marks stacked
 * on one character ("Zalgo" text that spills over the lines above and below). Left-to-right, right-to-left
 * and Arabic letter marks (U+200E, U+200F, U+061C) are kept: they have no scope and mixed Arabic or Hebrew
 * text needs them. Four marks leave room for every real script: Vietnamese in NFD has two on a vowel,
 * vocalized Arabic three (shadda, fatha, superscript alef), Hebrew with points and a cantillation mark four.
 */
final class DisplayText {
    static final int MAX_MARKS = 4;

    private DisplayText() {
    }

    /** Why {@code s} cannot be shown as it is (the sentence after the field's name), or {@code null} when it can. */
    static String problem(String s) {
        CodedProblem p = problem("text", s);
        return p == null ? null : p.english();
    }

    /** Why {@code s}, the value of {@code field}, cannot be shown as it is, or {@code null} when it can. */
    static CodedProblem problem(String field, String s) {
        int marks = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return ProblemCode.TEXT_BIDI_CONTROL.with(field, String.format("U+%04X", cp));
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (++marks > MAX_MARKS) {
                    return ProblemCode.TEXT_STACKED_MARKS.with(field, MAX_MARKS, s.codePointCount(0, i));
                }
            } else {
                marks = 0;
            }
        }
        return null;
    }
}
