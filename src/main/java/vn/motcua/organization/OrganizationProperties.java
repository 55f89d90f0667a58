package vn.motcua.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the organization module ({@code motcua.organization.*}).
 *
 * @param homeAgencyCode the code of the agency this installation serves first; its name heads every page
 */
@ConfigurationProperties("motcua.organization")
record OrganizationProperties(String homeAgencyCode) {
}
