package com.promisedesk.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which capabilities of a catalog require each other, directly or through others
 * (strongly connected components of the "requires" graph, found once per catalog with
 * an iterative Tarjan walk, so a deep catalog cannot overflow the stack). The catalog
 * forbids only a capability requiring itself; a longer cycle is a catalog mistake the
 * checker names instead of sending the rep round in circles. Only the capabilities on a
 * cycle are kept once the walk is done (usually none): a 50,000-capability catalog does not
 * keep an index of every code for a question about a few. A stored catalog keeps the
 * cycles found when it was imported ({@link #known(Map)}), so it is not read whole to ask.
 */
public final class RequirementCycles {

    /** The component of each capability that is on a cycle; absent for every other. */
    private final Map<String, Integer> cycleOf;

    private RequirementCycles(Map<String, Integer> cycleOf) {
        this.cycleOf = cycleOf;
    }

    /** The cycles among {@code capabilities}, found by walking their requirements. */
    public static RequirementCycles of(List<Capability> capabilities) {
        int n = capabilities.size();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(capabilities.get(i).code(), i);
        }
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = capabilities.get(i).requires().stream()
                    .filter(Requirement.OnCapability.class::isInstance)
                    .mapToInt(r -> indexOf.get(((Requirement.OnCapability) r).capability())).toArray();
        }
        int[] component = new int[n];
        int components = tarjan(edges, component);
        int[] size = new int[components];
        for (int c : component) {
            size[c]++;
        }
        Map<String, Integer> cycleOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (size[component[i]] > 1) {
                cycleOf.put(capabilities.get(i).code(), component[i]);
            }
        }
        return new RequirementCycles(cycleOf);
    }

    /** Cycles found before: each capability on one, with its cycle's number. */
    public static RequirementCycles known(Map<String, Integer> cycleOf) {
        return new RequirementCycles(Map.copyOf(cycleOf));
    }

    /** Each capability on a cycle with its cycle's number (two capabilities with one number require each other). */
    public Map<String, Integer> members() {
        return Map.copyOf(cycleOf);
    }

    /** Whether {@code a} and {@code b} are on one cycle of requirements. */
    public boolean requireEachOther(String a, String b) {
        Integer ca = cycleOf.get(a);
        return ca != null && !a.equals(b) && ca.equals(cycleOf.get(b));
    }

    /** Numbers each capability's strongly connected component into {@code component}; returns how many. */
    private static int tarjan(int[][] edges, int[] component) {
        int n = edges.length;
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int stackTop = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != -1) {
                continue;
            }
            int depth = 0;
            order[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            callNode[depth] = root;
            callEdge[depth++] = 0;
            while (depth > 0) {
                int v = callNode[depth - 1];
                if (callEdge[depth - 1] < edges[v].length) {
                    int w = edges[v][callEdge[depth - 1]++];
                    if (order[w] == -1) {
                        order[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        onStack[w] = true;
                        callNode[depth] = w;
                        callEdge[depth++] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                depth--;
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                if (depth > 0) {
                    int parent = callNode[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return components;
    }
}
