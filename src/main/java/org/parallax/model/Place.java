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

    /** Great-circle distance in kilometres (haversine on a sphere of radius 6,371 km). */
    public double distanceKm(Place other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
