package org.journeyworkbench.engine.prices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Unit costs to price a journey with: the starter library bundled in the workbench plus any library files a
 * user adds. An id names one entry; a later library's entry with the same id replaces the earlier one, so an
 * organisation can correct a starter figure.
 */
public final class UnitCostLibrary {
    static final String STARTER = "/org/journeyworkbench/costs/unit-costs.csv";
    /** The credit the GMCA Unit Cost Database's licence asks for. */
    public static final String GMCA_ATTRIBUTION = "Contains data from the GMCA Unit Cost Database, licensed under "
            + "CC BY 4.0";
    public static final String STARTER_NAME = "Starter library (GMCA Unit Cost Database v1.4, MoJ, Home Office)";
    private static volatile UnitCostLibrary starter;
    private static volatile UnitCostLibrary inUse;

    private final List<UnitCost> entries;
    private final Map<String, UnitCost> byId;

    public UnitCostLibrary(List<UnitCost> entries) {
        Map<String, UnitCost> ids = new LinkedHashMap<>();
        for (UnitCost u : entries) {
            ids.put(u.id(), u);
        }
        this.byId = ids;
        this.entries = List.copyOf(ids.values());
    }

    /** The 57 criminal-justice unit costs bundled in the workbench, with their sources and attribution. */
    public static UnitCostLibrary starter() {
        UnitCostLibrary s = starter;
        if (s == null) {
            try (InputStream in = UnitCostLibrary.class.getResourceAsStream(STARTER)) {
                String text = new String(Objects.requireNonNull(in, STARTER).readAllBytes(), StandardCharsets.UTF_8);
                LibraryTable.Read read = LibraryTable.read(CsvRows.parse(text), STARTER_NAME);
                if (!read.problems().isEmpty()) {
                    throw new IllegalStateException("the bundled library has bad rows: " + read.problems());
                }
                s = new UnitCostLibrary(read.entries());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            starter = s;
        }
        return s;
    }

    /** The library the window and the checks look entries up in: the starter one plus any files added. */
    public static UnitCostLibrary inUse() {
        UnitCostLibrary l = inUse;
        return l == null ? starter() : l;
    }

    /** Looks entries up in {@code library} from now on (null: the starter library again). */
    public static void use(UnitCostLibrary library) {
        inUse = library;
    }

    /** This library with {@code more}'s entries added (replacing any with the same id). */
    public UnitCostLibrary plus(List<UnitCost> more) {
        List<UnitCost> all = new ArrayList<>(entries);
        all.addAll(more);
        return new UnitCostLibrary(all);
    }

    public List<UnitCost> entries() {
        return entries;
    }

    public Optional<UnitCost> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The entries matching every word of {@code query}, in library order. */
    public List<UnitCost> search(String query) {
        return entries.stream().filter(u -> u.matches(query)).toList();
    }

    public int size() {
        return entries.size();
    }
}
