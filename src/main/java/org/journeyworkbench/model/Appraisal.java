package org.journeyworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How the model is appraised over the years, as the HM Treasury Green Book asks: the length of the period,
 * the discount rate bands, optimism bias, and the labels of the price base and of year 0.
 *
 * @param years         the appraisal period in years; year 0 is the first year of operation (the slides' "Year 1")
 * @param discountRates bands sorted by {@code fromYear}, the first from year 0
 * @param priceBase     the prices the figures are in, as text (e.g. "2012-13")
 * @param firstYear     the label of year 0 (e.g. "2013-14")
 */
public record Appraisal(int years, List<DiscountBand> discountRates, OptimismBias optimismBias, String priceBase,
                        String firstYear) {
    public static final int DEFAULT_YEARS = 5;
    /** Longer than any public-sector appraisal (the Green Book's longest schedule runs past 300 years). */
    public static final int MAX_YEARS = 500;

    public Appraisal {
        if (years < 1 || years > MAX_YEARS) {
            throw new ModelException("appraisal.years", "the appraisal period must be between 1 and " + MAX_YEARS
                    + " years (it is " + years + ")");
        }
        discountRates = discountRates == null || discountRates.isEmpty() ? greenBookRates()
                : List.copyOf(discountRates);
        if (discountRates.get(0).fromYear() != 0) {
            throw new ModelException("appraisal.discountRates", "the first band must start at year 0");
        }
        for (int k = 1; k < discountRates.size(); k++) {
            if (discountRates.get(k).fromYear() <= discountRates.get(k - 1).fromYear()) {
                throw new ModelException("appraisal.discountRates", "the bands must be in order of fromYear, each "
                        + "starting after the one before (band " + (k + 1) + " starts at year "
                        + discountRates.get(k).fromYear() + ")");
            }
        }
        optimismBias = optimismBias == null ? OptimismBias.none() : optimismBias;
        priceBase = Checks.optionalText(priceBase);
        firstYear = Checks.optionalText(firstYear);
    }

    /** Five years at the Green Book rates, no optimism bias: year 0 is the first-year table. */
    public static Appraisal defaults() {
        return new Appraisal(DEFAULT_YEARS, greenBookRates(), OptimismBias.none(), "", "");
    }

    /** The Green Book's declining schedule: 3.5% to year 30, 3.0% from 31, 2.5% from 76, 2.0%, 1.5%, 1.0%. */
    public static List<DiscountBand> greenBookRates() {
        return List.of(new DiscountBand(0, 0.035), new DiscountBand(31, 0.030), new DiscountBand(76, 0.025),
                new DiscountBand(126, 0.020), new DiscountBand(201, 0.015), new DiscountBand(301, 0.010));
    }

    /** The index of the band that applies in {@code year}. */
    public int bandOf(int year) {
        int band = 0;
        for (int k = 0; k < discountRates.size(); k++) {
            if (discountRates.get(k).fromYear() <= year) {
                band = k;
            }
        }
        return band;
    }

    public Appraisal withYears(int v) {
        return new Appraisal(v, discountRates, optimismBias, priceBase, firstYear);
    }

    public Appraisal withDiscountRate(int band, double rate) {
        List<DiscountBand> copy = new ArrayList<>(discountRates);
        copy.set(band, copy.get(band).withRate(rate));
        return new Appraisal(years, copy, optimismBias, priceBase, firstYear);
    }

    public Appraisal withDiscountRates(List<DiscountBand> v) {
        return new Appraisal(years, v, optimismBias, priceBase, firstYear);
    }

    public Appraisal withOptimismBias(OptimismBias v) {
        return new Appraisal(years, discountRates, v, priceBase, firstYear);
    }

    public Appraisal withLabels(String priceBaseLabel, String firstYearLabel) {
        return new Appraisal(years, discountRates, optimismBias, priceBaseLabel, firstYearLabel);
    }
}
