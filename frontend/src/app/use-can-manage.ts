import { useMe } from '../features/account/api/get-me';
import { useAuthUser } from '../lib/auth';

/** True when the signed-in user is the plan office (`consortium`) of this ambito: the pages then show their edit links. */
export function useCanManage(districtId: string | undefined): boolean {
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  return !!districtId && !!me.data && me.data.roles.includes('consortium') && me.data.districtIds.includes(districtId);
}
