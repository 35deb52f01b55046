package id.cermin.faults;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkerTest {

    private static final Predicate<List<Integer>> SEVEN_AFTER_THREE =
            list -> list.contains(3) && list.lastIndexOf(7) > list.indexOf(3);

    @Test
    void findsTheTwoElementsThatMakeAListFailInTheirOrder() {
        List<Integer> numbers = shuffled(40, 1);
        if (!SEVEN_AFTER_THREE.test(numbers)) {
            Collections.reverse(numbers);
        }

        assertEquals(List.of(3, 7), Shrinker.shrink(numbers, SEVEN_AFTER_THREE));
    }

    @Test
    void keepsRepeatedElementsWhenTheFailureNeedsThemAll() {
        Predicate<List<Integer>> threeFives = list -> list.stream().filter(i -> i == 5).count() >= 3;
        List<Integer> numbers = new ArrayList<>(shuffled(30, 2));
        numbers.addAll(List.of(5, 1, 5, 8, 5, 5, 2));

        assertEquals(List.of(5, 5, 5), Shrinker.shrink(numbers, threeFives));
    }

    @Test
    void aFailureThatNeedsNothingShrinksToTheEmptyList() {
        assertEquals(List.of(), Shrinker.shrink(shuffled(13, 3), list -> true));
    }

    @Test
    void aFailingListThatIsAlreadyMinimalStaysAsItIs() {
        assertEquals(List.of(3, 7), Shrinker.shrink(List.of(3, 7), SEVEN_AFTER_THREE));
    }

    /** Any failure: what is left still fails, and removing any one element of it makes it pass. */
    @Test
    void whatIsLeftStillFailsAndPassesWithoutAnyOneOfItsElements() {
        Predicate<List<Integer>> sumOver = list -> list.stream().mapToInt(Integer::intValue).sum() > 100;
        for (int seed = 0; seed < 50; seed++) {
            List<Integer> numbers = shuffled(30, seed);

            List<Integer> shrunk = Shrinker.shrink(numbers, sumOver);

            assertTrue(sumOver.test(shrunk), "still fails: " + shrunk);
            assertTrue(isSubsequence(shrunk, numbers), "keeps the original order: " + shrunk);
            for (int i = 0; i < shrunk.size(); i++) {
                List<Integer> without = new ArrayList<>(shrunk);
                without.remove(i);
                assertFalse(sumOver.test(without), "not minimal: " + shrunk + " fails without its element " + i);
            }
        }
    }

    private static List<Integer> shuffled(int size, long seed) {
        List<Integer> numbers = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(numbers, new Random(seed));
        return numbers;
    }

    private static boolean isSubsequence(List<Integer> part, List<Integer> whole) {
        int i = 0;
        for (Integer n : whole) {
            if (i < part.size() && part.get(i).equals(n)) {
                i++;
            }
        }
        return i == part.size();
    }
}
