package id.go.bpjsketenagakerjaan.pmi.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Test deployments only: the smallest OpenID Connect provider the application's login can complete against, served by
 * the application under test itself (under /api/, which has no login constraint). Discovery, JWKS with one RSA key,
 * a token endpoint that signs an ID token, and userinfo. The test passes the nonce it read from the authorization
 * redirect as the authorization code, so the ID token can carry it back; the user is fixed: {@code adjudikator} with
 * the provider group {@code pmi-adjudikator}.
 */
@WebServlet("/api/it-oidc/*")
public class FakeOidcProvider extends HttpServlet {

    static final String CLIENT_ID = "pmi-back-office";
    static final String USER = "adjudikator";
    static final String GROUP = "pmi-adjudikator";
    private static final KeyPair KEY = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String issuer = issuer(request);
        switch (String.valueOf(request.getPathInfo())) {
            case "/.well-known/openid-configuration" -> json(response, "{\"issuer\":\"" + issuer + "\","
                    + "\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\","
                    + "\"userinfo_endpoint\":\"" + issuer + "/userinfo\",\"jwks_uri\":\"" + issuer + "/jwks\","
                    + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"scopes_supported\":[\"openid\",\"email\",\"profile\"],"
                    + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"],"
                    + "\"claims_supported\":[\"sub\",\"preferred_username\",\"groups\"]}");
            case "/jwks" -> {
                RSAPublicKey key = (RSAPublicKey) KEY.getPublic();
                json(response, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                        + b64(unsigned(key.getModulus())) + "\",\"e\":\"" + b64(unsigned(key.getPublicExponent())) + "\"}]}");
            }
            case "/userinfo" -> json(response, claims(issuer, null));
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/token".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        String nonce = request.getParameter("code");
        String idToken = sign("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}", claims(issuer(request), nonce));
        json(response, "{\"access_token\":\"opaque-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"id_token\":\"" + idToken + "\"}");
    }

    private static String claims(String issuer, String nonce) {
        long now = System.currentTimeMillis() / 1000;
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"user-42\",\"aud\":\"" + CLIENT_ID + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 300) + (nonce == null ? "" : ",\"nonce\":\"" + nonce + "\"")
                + ",\"preferred_username\":\"" + USER + "\",\"groups\":[\"" + GROUP + "\",\"offline_access\"]}";
    }

    private static String sign(String header, String claims) {
        try {
            String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String issuer(HttpServletRequest request) {
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/api/it-oidc";
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
