import { PrivacyNotice } from '../../../features/privacy/components/privacy-notice';

/** The privacy notice (informativa, art. 13 GDPR), public, linked from the footer. */
export default function PrivacyNoticeRoute() {
  return <PrivacyNotice />;
}
