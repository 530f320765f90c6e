package org.parallax.model;

/**
 * A place in the gazetteer: GeoNames id (or a negative id for places the project adds itself), name,
 * ISO-2 country, first-level division code, GeoNames feature code, population and WGS84 coordinates.
 */
public record Place(long geonameId, String name, String countryCode, String admin1, String featureCode,
                    long population, double lat, double lon) {
    public Place {
        if (name == null || countryCode == null || admin1 == null || featureCode == null) {
            throw new IllegalArgumentException("place fields must not be null");
        }
    }
}
