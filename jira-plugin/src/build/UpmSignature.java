/*
 * Writes and checks the detached app signature that UPM 8 (Jira 11) verifies on upload: an Ed25519
 * signature of the exact bytes of the jar, Base64-encoded, beside it as <jar>.sig, and the signer's
 * X.509 certificate as PEM for the Jira admin's UPM trust store (upmconfig/truststore/).
 *
 * Run by the JDK itself as a single source file (java UpmSignature.java ...), from jira-plugin's
 * pom: no library, no Maven plugin from outside Maven Central. It is a build tool, never in the jar.
 *
 *   sign   KEYSTORE STORETYPE STOREPASS ALIAS JAR CERT_PEM_OUT
 *   verify CERT_PEM JAR        (exit 0 when <jar>.sig verifies, 1 otherwise)
 *
 * What UPM accepts exactly (file name of the signature, Base64 or raw) could not be checked against
 * a real Jira here: see the README, "Install it in Jira".
 */
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

public final class UpmSignature {

  private static final String ALGORITHM = "Ed25519";

  private UpmSignature() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 7 && args[0].equals("sign")) {
      sign(Path.of(args[1]), args[2], args[3].toCharArray(), args[4], Path.of(args[5]), Path.of(args[6]));
    } else if (args.length == 3 && args[0].equals("verify")) {
      boolean ok = verify(Path.of(args[1]), Path.of(args[2]));
      System.out.println(ok ? "UPM signature verified: " + args[2] : "UPM signature INVALID: " + args[2]);
      System.exit(ok ? 0 : 1);
    } else {
      System.err.println(
          "usage: sign KEYSTORE STORETYPE STOREPASS ALIAS JAR CERT_PEM_OUT | verify CERT_PEM JAR");
      System.exit(2);
    }
  }

  static void sign(Path keystore, String type, char[] pass, String alias, Path jar, Path certOut)
      throws Exception {
    KeyStore store = KeyStore.getInstance(type);
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, pass);
    }
    if (!(store.getKey(alias, pass) instanceof PrivateKey key)) {
      throw new IllegalArgumentException("no private key '" + alias + "' in " + keystore);
    }
    if (!ALGORITHM.equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
      throw new IllegalArgumentException(
          "UPM needs an Ed25519 key; '" + alias + "' is " + key.getAlgorithm());
    }
    Signature signer = Signature.getInstance(ALGORITHM);
    signer.initSign(key);
    signer.update(Files.readAllBytes(jar));
    String signature = Base64.getEncoder().encodeToString(signer.sign());
    Files.writeString(signatureOf(jar), signature + "\n", StandardCharsets.US_ASCII);
    X509Certificate cert = (X509Certificate) store.getCertificate(alias);
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Files.writeString(certOut, pem, StandardCharsets.US_ASCII);
    System.out.println("UPM signature written: " + signatureOf(jar) + ", certificate: " + certOut);
  }

  static boolean verify(Path certPem, Path jar) throws Exception {
    X509Certificate cert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certPem)));
    byte[] signature =
        Base64.getDecoder().decode(Files.readString(signatureOf(jar), StandardCharsets.US_ASCII).strip());
    Signature verifier = Signature.getInstance(ALGORITHM);
    verifier.initVerify(cert.getPublicKey());
    verifier.update(Files.readAllBytes(jar));
    return verifier.verify(signature);
  }

  static Path signatureOf(Path jar) {
    return jar.resolveSibling(jar.getFileName() + ".sig");
  }
}
