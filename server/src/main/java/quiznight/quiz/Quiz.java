package quiznight.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A quiz as loaded: an id unique on this server, a title, and its questions in order. */
public record Quiz(String id, String title, String description, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** A named part of a quiz and how many questions it has. */
    public record Section(String name, int questions) {
    }

    /** The sections in order of first appearance, with their question counts; empty when no question names one. */
    public List<Section> sections() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.section() != null) {
                counts.merge(q.section(), 1, Integer::sum);
            }
        }
        List<Section> result = new ArrayList<>();
        counts.forEach((name, n) -> result.add(new Section(name, n)));
        return result;
    }
}
