package org.redress.app.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small production in two languages, and a later one, as text files (fictional people). */
final class EntityFiles {
    private EntityFiles() {}

    static final String MEMO = """
            MEMORANDUM FOR THE RECORD

            On March 3, 2017, Special Agent John Miller of Immigration and Customs Enforcement met Deputy Sarah
            Connolly of the Vermont Department of Motor Vehicles in Burlington, Vermont.

            They discussed José Balcázar and the group Migrant Justice. Miller asked for the licence records of
            Balcázar and of Zully Palacios, and said he would call the office in Burlington again.
            """;

    static final String CARTA = """
            Carta de Migrant Justice a la prensa

            El 5 de marzo, José Enrique Balcázar Sánchez habló en una conferencia de prensa en Montpelier, Vermont,
            junto a Zully Palacios. La organización denunció que el Departamento de Vehículos de Motor entregó sus
            datos al Servicio de Inmigración y Control de Aduanas, y pidió una reunión con el gobernador Phil Scott.
            """;

    static final String FOLLOW_UP = """
            FOLLOW-UP

            Special Agent John Miller wrote again to Sarah Connolly on March 20, 2017, about the arrest of Zully
            Palacios in Burlington, and copied the field office in Boston.
            """;

    static Path firstProduction(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("memo.txt"), MEMO, StandardCharsets.UTF_8);
        // No byte-order mark: valid UTF-8 is read as UTF-8 (Utf8FirstEncodingDetector), not as GB18030.
        Files.writeString(dir.resolve("carta.txt"), CARTA, StandardCharsets.UTF_8);
        return dir;
    }

    static Path secondProduction(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("follow-up.txt"), FOLLOW_UP, StandardCharsets.UTF_8);
        return dir;
    }
}
