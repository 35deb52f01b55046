<fmt:message key="settings.title" var="title"/>
<t:layout title="${title}" active="pengaturan">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<p class="muted"><fmt:message key="settings.intro"/></p>
<c:if test="${not empty errors}"><div class="alert alert-error" role="alert"><fmt:message key="error.form"/></div></c:if>
<form method="post" action="<c:url value='/pengaturan'/>" class="form" novalidate>
    <t:csrf/>
    <t:field name="name" label="settings.name">
        <input id="f-name" name="name" maxlength="100" value="<c:out value='${profile.name()}'/>" autofocus>
    </t:field>
    <t:field name="address" label="settings.address">
        <input id="f-address" name="address" maxlength="255" value="<c:out value='${profile.address()}'/>">
    </t:field>
    <t:field name="phone" label="settings.phone">
        <input id="f-phone" name="phone" maxlength="40" value="<c:out value='${profile.phone()}'/>">
    </t:field>
    <t:field name="footer" label="settings.footer">
        <input id="f-footer" name="footer" maxlength="255" value="<c:out value='${profile.footer()}'/>">
    </t:field>
    <t:field name="timeZone" label="settings.timeZone" hint="settings.timeZone.hint">
        <select id="f-timeZone" name="timeZone">
            <c:forEach items="${timeZones}" var="zone">
                <option value="<c:out value='${zone.id}'/>" ${zone == profile.timeZone() ? 'selected' : ''}><fmt:message key="timeZone.${zone.id}"/></option>
            </c:forEach>
        </select>
    </t:field>
    <div class="actions"><button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button></div>
</form>
</t:layout>
