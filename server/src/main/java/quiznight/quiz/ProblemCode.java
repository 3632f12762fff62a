package quiznight.quiz;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every problem a quiz can have, as a stable code with named parameters: the one place the codes live. The web
 * client translates a problem from its code and parameters (its catalogues' {@code problem.<code>} keys, with a
 * {@code {name}} placeholder per parameter); the English sentence the server also sends is made here from
 * {@link #english()}, so the two cannot drift apart. A code is never renamed or given another meaning; a new
 * problem gets a new code (docs/protocol.md lists them all).
 *
 * <p>For the loader's codes whose first parameter is {@code field}, {@link #english()} is the part after the field's
 * name ({@code field 'text' is longer than 1000 characters}); the others' is the whole sentence after the place.
 */
public enum ProblemCode {
    // ---- the file as a whole
    JSON_INVALID("json.invalid", "not valid JSON: {detail} (line {line})", "detail", "line"),
    FILE_UNREADABLE("file.unreadable", "cannot be read: {detail}", "detail"),
    QUIZ_NOT_OBJECT("quiz.notObject", "the file must hold one JSON object"),
    QUESTION_NOT_OBJECT("question.notObject", "must be a JSON object"),

    // ---- any field
    FIELD_UNKNOWN("field.unknown", "is not a known field (allowed: {allowed})", "field", "allowed"),
    FIELD_REQUIRED("field.required", "is required", "field"),
    FIELD_NOT_STRING("field.notString", "must be a string", "field"),
    FIELD_EMPTY("field.empty", "must not be empty", "field"),
    FIELD_TOO_LONG("field.tooLong", "is longer than {max} characters", "field", "max"),
    FIELD_NOT_WHOLE_NUMBER("field.notWholeNumber", "must be a whole number from {min} to {max} (got {got})",
            "field", "min", "max", "got"),
    TEXT_BIDI_CONTROL("text.bidiControl", "contains a bidirectional control character ({char}) that reorders the "
            + "text around it; remove it", "field", "char"),
    TEXT_STACKED_MARKS("text.stackedMarks", "stacks more than {max} combining marks on one character (at character "
            + "{at})", "field", "max", "at"),

    // ---- the quiz's and every question's own fields
    ID_INVALID("id.invalid", "must be lowercase letters, digits and dashes (got \"{got}\")", "field", "got"),
    QUESTIONS_EMPTY("questions.empty", "must be a non-empty array of questions", "field"),
    KIND_UNKNOWN("kind.unknown", "must be one of {kinds} (got \"{got}\")", "field", "kinds", "got"),
    CODE_TOO_MANY_LINES("code.tooManyLines", "has more than {max} lines", "field", "max"),
    POINTS_NOT_SCORED("points.notScored", "must be absent for a {kind} question: a {kind} scores no points",
            "field", "kind"),
    DOCS_NOT_HTTP("docs.notHttp", "must be an http(s) link", "field"),
    DOCS_INVALID("docs.invalid", "is not a valid link: {detail}", "field", "detail"),
    CODE_LANGUAGE_WITHOUT_CODE("codeLanguage.withoutCode", "is only allowed with 'code': it names the language of "
            + "the code snippet", "field"),
    CODE_LANGUAGE_UNKNOWN("codeLanguage.unknown", "must be one of {languages} (got \"{got}\"); leave it out to let "
            + "the screens guess", "field", "languages", "got"),
    IMAGE_ALT_WITHOUT_IMAGE("imageAlt.withoutImage", "is only allowed with 'image': it says what the picture shows",
            "field"),
    PICTURE_PATH("picture.path", "must be a picture path as POST /api/media answered it (its 'projector' field, "
            + "/media/<64 hex digits>-p.png or -p.jpg), not {got}", "field", "got"),
    PICTURE_NOT_STRING("picture.notString", "must hold picture paths (strings) or null", "field"),

    // ---- choices and their pictures
    CHOICES_NOT_ARRAY("choices.notArray", "must be an array of strings", "field"),
    CHOICES_COUNT_EXACT("choices.countExact", "must have exactly {min} entries (got {got})", "field", "min", "got"),
    CHOICES_COUNT("choices.count", "must have {min} to {max} entries (got {got})", "field", "min", "max", "got"),
    CHOICES_EMPTY_ENTRY("choices.emptyEntry", "must hold non-empty strings", "field"),
    CHOICES_ENTRY_TOO_LONG("choices.entryTooLong", "has an entry longer than {max} characters", "field", "max"),
    CHOICES_DUPLICATE("choices.duplicate", "has a duplicate entry \"{entry}\"", "field", "entry"),
    CHOICES_NOT_ALLOWED("choices.notAllowed", "must be absent for a {kind} question", "field", "kind"),
    CHOICE_IMAGES_NOT_ARRAY("choiceImages.notArray", "must be an array with one entry per choice: a picture path or "
            + "null", "field"),
    CHOICE_IMAGES_COUNT("choiceImages.count", "must have exactly {choices} entries, one per choice (got {got})",
            "field", "choices", "got"),
    CHOICE_IMAGES_NONE("choiceImages.none", "must name at least one picture (leave the field out when no choice has "
            + "one)", "field"),
    CHOICE_IMAGES_NOT_ALLOWED("choiceImages.notAllowed", "must be absent for this kind: only questions with choices "
            + "of their own ({kinds}) take pictures for their choices", "field", "kinds"),

    // ---- the right answer, per kind
    CORRECT_NOT_INDEXES("correct.notIndexes", "must be a non-empty array of choice indexes (0-based)", "field"),
    CORRECT_INDEX_RANGE("correct.indexRange", "has {got}, not a choice index from 0 to {max}", "field", "got", "max"),
    CORRECT_INDEX_TWICE("correct.indexTwice", "lists index {got} twice", "field", "got"),
    CORRECT_NOT_ONE("correct.notOne", "must list exactly one index for a {kind} question", "field", "kind"),
    NUMBER_NOT_OBJECT("number.notObject", "must be an object {\"value\": number, \"tolerance\": number}", "field"),
    NUMBER_BAD_TOLERANCE("number.badTolerance", "has a tolerance that is not a number >= 0", "field"),
    NUMBER_BAD_VALUE("number.badValue", "has a value that is not a finite number", "field"),
    TEXT_NO_ANSWERS("text.noAnswers", "must be a non-empty array of accepted answers", "field"),
    TEXT_BAD_ANSWER("text.badAnswer", "must hold non-empty strings of at most {max} characters", "field", "max"),
    ORDER_NO_CORRECT("order.noCorrect", "must be absent for an order question: list the items in 'choices' in the "
            + "right order (players see them shuffled)", "field"),
    POLL_NO_CORRECT("poll.noCorrect", "must be absent for a poll question: a poll has no right answer", "field"),
    WORDCLOUD_NO_CORRECT("wordcloud.noCorrect", "must be absent for a wordcloud question: a word cloud has no right "
            + "answer", "field"),
    SLIDER_NOT_OBJECT("slider.notObject", "must be an object {\"min\", \"max\", \"step\", \"value\", \"tolerance\", "
            + "\"unit\"}", "field"),
    SLIDER_NEEDS_NUMBER("slider.needsNumber", "needs '{part}': a finite number", "field", "part"),
    SLIDER_MIN_BELOW_MAX("slider.minBelowMax", "needs 'min' below 'max'", "field"),
    SLIDER_STEP("slider.step", "needs a 'step' above 0", "field"),
    SLIDER_TOO_MANY_POSITIONS("slider.tooManyPositions", "has more than {max} positions from 'min' to 'max': make "
            + "'step' larger", "field", "max"),
    SLIDER_MAX_OFF_STEP("slider.maxOffStep", "needs 'max' a whole number of steps above 'min'", "field"),
    SLIDER_VALUE_OFF("slider.valueOff", "has a 'value' that is not on the slider (from 'min' to 'max' in steps of "
            + "'step')", "field"),
    SLIDER_NEGATIVE_TOLERANCE("slider.negativeTolerance", "has a 'tolerance' below 0", "field"),
    SLIDER_BAD_UNIT("slider.badUnit", "has a 'unit' that is not a text of at most {max} characters", "field", "max"),

    // ---- imported files (quiz.imports): the sentence after "<file>: line <n>: " (or row), when it has a place
    IMPORT_EXTENSION("import.extension", "expected a file ending in {extensions} (QuizNight JSON or Open Trivia DB, "
            + "GIFT, GIFT or Aiken, Aiken, Kahoot spreadsheet, the same as CSV)", "extensions"),
    IMPORT_OLD_XLS("import.oldXls", "old Excel files (.xls) are not read: save it as .xlsx"),
    IMPORT_NEITHER_GIFT_NOR_AIKEN("import.neitherGiftNorAiken", "expected a GIFT file (questions with {answers}) or "
            + "an Aiken file (options A. B. … and an 'ANSWER: X' line per question); this is neither"),
    IMPORT_NOT_UTF8("import.notUtf8", "not UTF-8 text (save the file as UTF-8)"),
    IMPORT_TOO_MANY_QUESTIONS("import.tooManyQuestions", "more than {max} questions: a quiz uploaded here may have at "
            + "most {max}; split it into several files", "max"),
    IMPORT_PICTURE_NOT_FETCHED("import.pictureNotFetched", "question {question} had a picture at {address}: upload it "
            + "in the editor instead (pictures in imported files are not fetched)", "question", "address"),
    IMPORT_PICTURE_NO_ADDRESS("import.pictureNoAddress", "question {question} had a picture with no address: upload "
            + "it in the editor instead (pictures in imported files are not fetched)", "question"),
    CSV_UNCLOSED_QUOTE("csv.unclosedQuote", "expected a closing '\"' for the quoted field that starts here"),
    AIKEN_NO_QUESTIONS("aiken.noQuestions", "expected questions such as 'Which is a prime?' then 'A. 7', 'B. 8' and "
            + "'ANSWER: A', one a line"),
    AIKEN_BLANK_LINE("aiken.blankLine", "expected option {option} or 'ANSWER: X' ending the question that starts on "
            + "line {start}, got a blank line", "option", "start"),
    AIKEN_NO_TEXT("aiken.noText", "expected a question's text before its options and 'ANSWER:' line"),
    AIKEN_TWO_OPTIONS("aiken.twoOptions", "expected at least two options (A. … B. …) before 'ANSWER:'"),
    AIKEN_ANSWER_LETTER("aiken.answerLetter", "expected one option letter after 'ANSWER:' (A to {last}), got "
            + "\"{got}\"", "last", "got"),
    AIKEN_ANSWER_NO_OPTION("aiken.answerNoOption", "'ANSWER: {got}' names no option: this question has A to {last}",
            "got", "last"),
    AIKEN_EXPECTED_OPTION("aiken.expectedOption", "expected option {option} (\"{option}. text\" or \"{option}) "
            + "text\") or 'ANSWER: X', got \"{got}\"", "option", "got"),
    AIKEN_OPTION_A_FIRST("aiken.optionAFirst", "expected option A first, got option {got}", "got"),
    AIKEN_NO_ANSWER_LINE("aiken.noAnswerLine", "expected an 'ANSWER: X' line ending this question before the end of "
            + "the file"),
    GIFT_NO_QUESTIONS("gift.noQuestions", "expected questions such as 'Which is a prime? {=7 ~8 ~9}', separated by "
            + "blank lines"),
    GIFT_PRIVATE_USE("gift.privateUse", "has a private-use character (U+E000 to U+E007), which GIFT files here may "
            + "not hold"),
    GIFT_TITLE_UNCLOSED("gift.titleUnclosed", "expected '::' closing the question title"),
    GIFT_STRAY_CLOSE("gift.strayClose", "found '}' with no '{' before it (write \\} for a brace in text)"),
    GIFT_UNCLOSED("gift.unclosed", "expected '}' closing the answers opened here (a blank line ends a question; write "
            + "\\{ for a brace in text)"),
    GIFT_SECOND_BLOCK("gift.secondBlock", "expected one {answers} block per question, found a second '{'"),
    GIFT_NO_TEXT("gift.noText", "expected the question's text before '{'"),
    GIFT_ONLY_PICTURE("gift.onlyPicture", "expected the question's text before '{' (it has only a picture, which is "
            + "not imported: write what it asks as text)"),
    GIFT_DESCRIPTION_SKIPPED("gift.descriptionSkipped", "description (text with no {answers}) skipped: QuizNight has "
            + "no description questions"),
    GIFT_ESSAY_SKIPPED("gift.essaySkipped", "essay question (empty {}) skipped: QuizNight has no essay questions"),
    GIFT_MATCHING_SKIPPED("gift.matchingSkipped", "matching question skipped: QuizNight has no matching questions"),
    GIFT_BAD_ANSWER_START("gift.badAnswerStart", "expected answers starting with '=' (right) or '~' (wrong), T or F, "
            + "or '#' for a number; got \"{got}\"", "got"),
    GIFT_BAD_WEIGHT("gift.badWeight", "expected a weight such as %50% or %-25% after '{marker}', got \"{got}\"",
            "marker", "got"),
    GIFT_TWO_EQUALS("gift.twoEquals", "expected one '=' answer in a multiple-choice question; for several right "
            + "answers give each a positive weight (~%50%a ~%50%b ~%-100%c)"),
    GIFT_EMPTY_ANSWER("gift.emptyAnswer", "expected the text of an answer after '{marker}'", "marker"),
    GIFT_NO_RIGHT_ANSWER("gift.noRightAnswer", "expected a right answer: mark one with '=' or give the right ones a "
            + "positive weight such as ~%50%"),
    GIFT_EMPTY_ACCEPTED("gift.emptyAccepted", "expected an accepted answer after '='"),
    GIFT_PARTLY_RIGHT("gift.partlyRight", "partly right answer \"{answer}\" ({weight}%) left out: a text question "
            + "accepts fully right answers only", "answer", "weight"),
    GIFT_NO_FULLY_RIGHT("gift.noFullyRight", "expected at least one fully right answer ('=answer' or '=%100%answer')"),
    GIFT_NO_FULLY_RIGHT_NUMBER("gift.noFullyRightNumber", "expected a fully right numeric answer ('=' with no "
            + "weight, or =%100%)"),
    GIFT_FIRST_NUMBER_KEPT("gift.firstNumberKept", "only the first fully right numeric answer is kept ({kept}): a "
            + "number question has one value and tolerance", "kept"),
    GIFT_BAD_RANGE("gift.badRange", "expected a range from low to high such as #1..5, got #{got}", "got"),
    GIFT_BAD_TOLERANCE("gift.badTolerance", "expected a tolerance of 0 or more after ':', got #{got}", "got"),
    GIFT_BAD_NUMBER("gift.badNumber", "expected a number such as #42, #3.14:0.01 (value:tolerance) or #1..5 (range) "
            + "with '.' for decimals, got #{got}", "got"),
    GIFT_NOT_FINITE("gift.notFinite", "expected a finite number, got #{got}", "got"),
    KAHOOT_NO_QUESTIONS("kahoot.noQuestions", "expected rows under the header with a question, its answers and the "
            + "number of the correct one"),
    KAHOOT_CSV_NO_QUESTIONS("kahoot.csvNoQuestions", "expected lines under the header with a question, its answers "
            + "and the number of the correct one"),
    KAHOOT_NO_HEADER("kahoot.noHeader", "expected a header row with the columns Question, Answer 1, Answer 2 (to "
            + "Answer 4), Time limit (sec) and Correct answer(s), as in Kahoot's spreadsheet template, in the first "
            + "{rows} rows", "rows"),
    KAHOOT_CSV_NO_HEADER("kahoot.csvNoHeader", "expected a header row with the columns Question, Answer 1, Answer 2 "
            + "(to Answer 4), Time limit (sec) and Correct answer(s), as in Kahoot's spreadsheet template, in the "
            + "first {rows} lines", "rows"),
    KAHOOT_UNREADABLE("kahoot.unreadable", "cannot be read as an Excel workbook (.xlsx): {detail}", "detail"),
    KAHOOT_NOT_ZIP("kahoot.notZip", "not an Excel workbook (.xlsx): expected a zip archive"),
    KAHOOT_OLD_XLS("kahoot.oldXls", "not an Excel workbook (.xlsx): expected a zip archive (this is an old .xls file: "
            + "save it as .xlsx)"),
    KAHOOT_TOO_MANY_PARTS("kahoot.tooManyParts", "not a workbook this server reads: more than {max} parts", "max"),
    KAHOOT_TOO_BIG("kahoot.tooBig", "the workbook unpacks to more than {max} MiB, more than a quiz needs", "max"),
    KAHOOT_BIG_CELL("kahoot.bigCell", "a cell holds more than {max} KiB (in {part}), more than a quiz question needs",
            "max", "part"),
    KAHOOT_TOO_MANY_TEXTS("kahoot.tooManyTexts", "the workbook has more than {max} different texts (shared strings), "
            + "more than a quiz needs", "max"),
    KAHOOT_TOO_MANY_ROWS("kahoot.tooManyRows", "too many rows: a quiz here reads at most {max}", "max"),
    KAHOOT_NO_QUESTION("kahoot.noQuestion", "expected a question in column '{column}'", "column"),
    KAHOOT_TWO_ANSWERS("kahoot.twoAnswers", "expected at least two answers in columns Answer 1 to Answer {last}, got "
            + "{got}", "last", "got"),
    KAHOOT_NO_CORRECT("kahoot.noCorrect", "expected the number of the correct answer (such as 2, or 1,3 for several) "
            + "in column '{column}'", "column"),
    KAHOOT_BAD_CORRECT("kahoot.badCorrect", "expected the numbers of the correct answers (such as 2, or 1,3 for "
            + "several) in column '{column}', got \"{got}\"", "column", "got"),
    KAHOOT_EMPTY_ANSWER("kahoot.emptyAnswer", "correct answer {number} names an empty answer (column Answer {number})",
            "number"),
    KAHOOT_BAD_TIME("kahoot.badTime", "expected a time limit in whole seconds (such as 20) in column '{column}', or "
            + "nothing for the default, got \"{got}\"", "column", "got"),
    OPENTDB_NO_QUESTIONS("opentdb.noQuestions", "expected 'results' to hold questions with type, question, "
            + "correct_answer and incorrect_answers"),
    OPENTDB_RESPONSE_CODE("opentdb.responseCode", "response_code is {got}, so Open Trivia DB sent no questions (1: "
            + "fewer questions than asked for, 2: an invalid parameter, 3 and 4: a session token problem, 5: too many "
            + "requests); expected response_code 0", "got"),
    OPENTDB_NO_RESULTS("opentdb.noResults", "field 'results' must be an array of questions"),
    OPENTDB_NOT_OBJECT("opentdb.notObject", "results[{index}]: expected an object with type, question, correct_answer "
            + "and incorrect_answers", "index"),
    OPENTDB_BAD_TYPE("opentdb.badType", "results[{index}]: field 'type' must be \"multiple\" or \"boolean\", got "
            + "\"{got}\"", "index", "got"),
    OPENTDB_ENCODED("opentdb.encoded", "results[{index}]: field 'type' must be \"multiple\" or \"boolean\", got "
            + "\"{got}\" (fetch the questions again without encode=base64 or encode=url3986)", "index", "got"),
    OPENTDB_NO_WRONG("opentdb.noWrong", "results[{index}]: field 'incorrect_answers' must be a non-empty array of "
            + "strings", "index"),
    OPENTDB_WRONG_NOT_STRING("opentdb.wrongNotString", "results[{index}]: field 'incorrect_answers' must hold "
            + "strings, got {got}", "index", "got"),
    OPENTDB_BAD_BOOLEAN("opentdb.badBoolean", "results[{index}]: field 'correct_answer' must be \"True\" or "
            + "\"False\" for a boolean question, got \"{got}\"", "index", "got"),
    OPENTDB_EMPTY_FIELD("opentdb.emptyField", "results[{index}]: field '{name}' must be a non-empty string", "index",
            "name"),
    IMPORT_EMPTY_FILE("import.emptyFile", "the file is empty."),

    // ---- the quiz library's refusals of a whole quiz (library/LibraryStore): the whole sentence
    LIBRARY_TOO_MANY_QUESTIONS("library.tooManyQuestions", "The quiz has {questions} questions: a quiz may have at "
            + "most {max} on this server. Split it into several quizzes.", "questions", "max"),
    LIBRARY_FULL("library.full", "Your library is full: it holds {quizzes} quizzes, the most this server keeps for "
            + "one organiser. Delete one to make room.", "quizzes");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");
    /**
     * Braced words that are text, not placeholders: GIFT's own notation for a question's answers, which the English
     * sentences of the GIFT importer name. Any other braced word must be one of its code's parameters.
     */
    public static final java.util.Set<String> LITERALS = java.util.Set.of("answers");

    static {
        for (ProblemCode code : values()) {
            Matcher m = PLACEHOLDER.matcher(code.english);
            while (m.find()) {
                if (!code.params.contains(m.group(1)) && !LITERALS.contains(m.group(1))) {
                    throw new ExceptionInInitializerError(code.wire + ": {" + m.group(1) + "} is not one of " + code.params);
                }
            }
        }
    }

    private final String wire;
    private final String english;
    private final List<String> params;

    ProblemCode(String wire, String english, String... params) {
        this.wire = wire;
        this.english = english;
        this.params = List.of(params);
    }

    /** The code as the API writes it, such as {@code field.tooLong}. */
    public String wire() {
        return wire;
    }

    /** The parameters every problem of this code carries, by name, in order. */
    public List<String> params() {
        return params;
    }

    /** The English sentence (after the field's name, for a field's problem), with {@code {name}} placeholders. */
    public String english() {
        return english;
    }

    /** Whether its problems name a field (their first parameter). */
    public boolean aboutField() {
        return !params.isEmpty() && params.get(0).equals("field");
    }

    public static Optional<ProblemCode> fromWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }

    /** A problem of this code: {@code values} are its parameters' values, in {@link #params()}'s order. */
    public CodedProblem with(Object... values) {
        if (values.length != params.size()) {
            throw new IllegalArgumentException(wire + " takes " + params + ", got " + values.length + " values");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(params.get(i), values[i]);
        }
        return new CodedProblem(this, m);
    }

    /** {@link #english()} with the placeholders filled from {@code values}. */
    String fill(Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(english);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // A literal (LITERALS) stays as it is; every other name is a parameter, checked when the codes load.
            Object v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
