package com.promisedesk.server;

import com.promisedesk.server.console.Frame;
import com.promisedesk.server.console.Section;
import java.util.List;

/** A signed-in person's request: their session, and the sections their role may open. */
final class ConsoleVisit {

    private final ConsoleSessions.Session session;
    private final List<Section> sections;

    ConsoleVisit(ConsoleSessions.Session session, List<Section> all) {
        this.session = session;
        this.sections = all.stream().filter(s -> s.isFor(session.who().role())).toList();
    }

    Principal who() {
        return session.who();
    }

    /** The layout for a page titled {@code title} in {@code current} (null for none). */
    Frame frame(String title, Section current) {
        return new Frame(title, session.who().user(), session.who().role(), session.csrf(), sections.stream()
                .map(s -> new Frame.Link(s.name(), s.path(), s.equals(current))).toList());
    }

    /** Where {@code /console} leads this person: their first section, or a page saying there is none. */
    String home() {
        return sections.isEmpty() ? "/console/nothing" : sections.get(0).path();
    }
}
