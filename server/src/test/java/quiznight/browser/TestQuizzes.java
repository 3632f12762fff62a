package quiznight.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The quizzes the browser tests play: three questions each, of mixed kinds, and one of five where only one has a section. */
final class TestQuizzes {
    static final String MIXED_ID = "browser-mixed";
    static final String MIXED_TITLE = "Browser test: mixed kinds";
    static final String TYPED_ID = "browser-typed";
    /** Five questions, only the second in a section. */
    static final String PARTLY_ID = "browser-partly";

    private TestQuizzes() {
    }

    static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(MIXED_ID + ".json"), """
                {
                  "id": "browser-mixed",
                  "title": "Browser test: mixed kinds",
                  "description": "A single choice with code, a double-points multi, and a number.",
                  "timeLimitSec": 60,
                  "questions": [
                    {"kind": "single", "text": "What does this print?", "code": "xs = [1, 2, 3]\\nprint(xs[-1])",
                     "choices": ["1", "3", "-1", "IndexError"], "correct": [1], "section": "Python",
                     "explanation": "A negative index counts from the end: -1 is the last item.",
                     "docs": "https://docs.python.org/3/tutorial/introduction.html#lists"},
                    {"kind": "multi", "text": "Which of these are HTTP methods?", "choices": ["GET", "FETCH", "POST", "SEND"],
                     "correct": [0, 2], "points": 2, "section": "Web", "explanation": "GET and POST are; FETCH and SEND are not."},
                    {"kind": "number", "text": "How many bits are in a byte?", "correct": {"value": 8, "tolerance": 0},
                     "section": "Web", "explanation": "Eight."}
                  ]
                }
                """);
        Files.writeString(dir.resolve(TYPED_ID + ".json"), """
                {
                  "id": "browser-typed",
                  "title": "Browser test: typed answers",
                  "timeLimitSec": 60,
                  "questions": [
                    {"kind": "truefalse", "text": "JSON keys must be strings.", "correct": [0], "explanation": "They must."},
                    {"kind": "text", "text": "Which manage.py command applies migrations?",
                     "correct": ["migrate", "python manage.py migrate", "python3 manage.py migrate", "py manage.py migrate",
                                 "python -m django migrate"], "explanation": "migrate applies them."},
                    {"kind": "single", "text": "Which port does runserver use by default?", "choices": ["80", "8000", "8080"],
                     "correct": [1]}
                  ]
                }
                """);
        Files.writeString(dir.resolve(PARTLY_ID + ".json"), """
                {
                  "id": "browser-partly",
                  "title": "Browser test: one question in a section",
                  "timeLimitSec": 60,
                  "questions": [
                    {"kind": "truefalse", "text": "One", "correct": [0]},
                    {"kind": "truefalse", "text": "Two", "correct": [0], "section": "Models"},
                    {"kind": "truefalse", "text": "Three", "correct": [0]},
                    {"kind": "truefalse", "text": "Four", "correct": [0]},
                    {"kind": "truefalse", "text": "Five", "correct": [0]}
                  ]
                }
                """);
    }
}
